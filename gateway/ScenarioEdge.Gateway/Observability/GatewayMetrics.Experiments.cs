namespace ScenarioEdge.Gateway.Observability;

/// <summary>Experiments: units exposed (journeys opened), and journey writes that failed and wait for the next.</summary>
public sealed partial class GatewayMetrics
{
    private readonly PlainCounter _exposures;
    private readonly PlainCounter _journeyWritesFailed;

    public long Exposures => _exposures.Value;

    public long JourneyWritesFailed => _journeyWritesFailed.Value;

    public void CountExposure() => _exposures.Add();

    public void CountJourneyWriteFailed() => _journeyWritesFailed.Add();

    private static (PlainCounter, PlainCounter) ExperimentMetrics(GatewayInstruments i) => (
        new(i, "se_experiment_exposures_total", "Units exposed to a campaign for the first time (one journey each, every arm)."),
        new(i, "se_journey_writes_failed_total", "Journey and assignment writes that failed; kept and written with the next."));
}
