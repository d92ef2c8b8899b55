namespace ScenarioEdge.Gateway.Scenes;

/// <summary>
/// A shopper's latest live signals as the scene engine last applied them: heart-rate reserve in percent and cadence
/// (wearable), and the phone's distance to the store it named. Each with the event time (UTC ticks) it was measured
/// at; a value never measured is NaN with time 0. Freshness is the reader's judgement.
/// </summary>
public readonly record struct LiveReading(
    double HeartRateReservePct,
    long HeartAtTicks,
    double Cadence,
    long CadenceAtTicks,
    string? DistanceStore,
    double DistanceToStoreM,
    long DistanceAtTicks)
{
    public static LiveReading None { get; } = new(double.NaN, 0, double.NaN, 0, null, double.NaN, 0);
}
