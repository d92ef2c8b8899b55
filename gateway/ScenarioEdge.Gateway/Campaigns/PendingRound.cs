using ScenarioEdge.Campaigns.Decisions;

namespace ScenarioEdge.Gateway.Campaigns;

/// <summary>
/// A shopper's open arbitration round, with the arrival timestamp of its first trigger (latency) and the event time of
/// the moment it arbitrates (<see langword="null"/> for a round opened by a released deferral, which any trigger joins).
/// </summary>
internal sealed record PendingRound(ArbitrationRound Round, DateTimeOffset Opened, long Arrival, DateTimeOffset? Moment = null)
{
    /// <summary>
    /// Whether a trigger of <paramref name="eventTime"/> belongs to this round's moment: within <paramref name="window"/>
    /// of it in event time, however late or early it reached the runtime.
    /// </summary>
    public bool Holds(DateTimeOffset eventTime, TimeSpan window) =>
        Moment is not { } moment || (eventTime - moment).Duration() <= window;
}
