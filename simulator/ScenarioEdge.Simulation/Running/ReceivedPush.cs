using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.Simulation.Running;

/// <summary>
/// A push a simulated app received, at a scenario time; <see cref="LatencyMs"/> is the wall time from the event time
/// of the signal that triggered it (the push's <c>ts</c>) to its arrival.
/// </summary>
public sealed record ReceivedPush(string Shopper, string Install, AppPush Push, double AtScenarioSeconds)
{
    public double? LatencyMs { get; init; }
}
