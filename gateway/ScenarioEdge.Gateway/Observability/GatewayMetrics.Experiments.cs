namespace ScenarioEdge.Gateway.Observability;

/// <summary>Experiments: units exposed (journeys opened), journey writes that failed and wait for the next, experiment alerts raised.</summary>
public sealed partial class GatewayMetrics
{
    private static readonly string[] ExperimentAlertKinds = ["conversionDrop", "sampleRatioMismatch", "budgetExhaustion", "deliveryCollapse", "openCollapse"];

    private readonly PlainCounter _exposures;
    private readonly PlainCounter _journeyWritesFailed;

    public long Exposures => _exposures.Value;

    public long JourneyWritesFailed => _journeyWritesFailed.Value;

    public void CountExposure() => _exposures.Add();

    public void CountJourneyWriteFailed() => _journeyWritesFailed.Add();

    /// <summary>Experiment alerts raised, by kind (each once per campaign, day and figure).</summary>
    public LabelledCounter ExperimentAlerts { get; }

    public void CountExperimentAlert(string kind) => ExperimentAlerts.Add(ManagementIndex(ExperimentAlertKinds, kind, 0));

    private static (PlainCounter, PlainCounter, LabelledCounter) ExperimentMetrics(GatewayInstruments i) => (
        new(i, "se_experiment_exposures_total", "Units exposed to a campaign for the first time (one journey each, every arm)."),
        new(i, "se_journey_writes_failed_total", "Journey and assignment writes that failed; kept and written with the next."),
        new(i, "se_experiment_alerts_total", "Experiment alerts raised (conversion drop, sample-ratio mismatch, delivery or open collapse), by kind.", "kind", ExperimentAlertKinds));
}
