using ScenarioEdge.Experiments.Funnel;

namespace ScenarioEdge.Experiments.Reports;

/// <summary>
/// A campaign's experiment report, computed from its journeys and arms alone (see <see cref="ReportBuilder"/>).
/// <see cref="Baseline"/> names what the variants are compared with: <c>holdout</c>, <c>control</c> (the global
/// control group, when the campaign has no holdout) or <c>none</c>.
/// </summary>
public sealed record CampaignReport
{
    public required string Campaign { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public string? Store { get; init; }
    public required FunnelStage ConversionStage { get; init; }
    public required string AttributionRule { get; init; }

    /// <summary><c>shopper</c>, <c>displayTimeSlot</c> or <c>mixed</c>.</summary>
    public required string Randomisation { get; init; }

    public required string Baseline { get; init; }
    public required double Alpha { get; init; }
    public required int MinimumPerArm { get; init; }

    /// <summary>Exposed units in the report (every arm).</summary>
    public required long Exposures { get; init; }

    public required IReadOnlyList<ArmFunnel> Arms { get; init; }
    public required IReadOnlyList<LiftRow> Comparisons { get; init; }
    public required IReadOnlyList<SampleRatioCheck> SampleRatio { get; init; }

    /// <summary>Whether any stage's sample-ratio check failed: the comparisons are then not to be trusted.</summary>
    public bool SampleRatioMismatch => SampleRatio.Any(s => s.Mismatch);

    public required IReadOnlyList<ReportSlice> ByStore { get; init; }
    public required IReadOnlyList<ReportSlice> ByDay { get; init; }

    /// <summary>Every open attribution window of the range (null when the caller keeps no attributions).</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public OpenWindows? Attribution { get; init; }

    /// <summary>Plain sentences a reader needs (cluster randomisation, baseline choice, arms no longer configured).</summary>
    public required IReadOnlyList<string> Notes { get; init; }
}
