using ScenarioEdge.Experiments.Funnel;
using ScenarioEdge.Experiments.Statistics;

namespace ScenarioEdge.Experiments.Reports;

/// <summary>
/// What a report is asked: the stage that counts as converted, the filter, and the defaults the statistics use.
/// </summary>
public sealed record ReportOptions
{
    public required string Campaign { get; init; }

    /// <summary>The stage a unit must reach to count as converted (default: bought a promoted product).</summary>
    public FunnelStage ConversionStage { get; init; } = FunnelStage.Purchased;

    /// <summary>First store-local day included, or null for all.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Last store-local day included, or null for all.</summary>
    public DateOnly? To { get; init; }

    /// <summary>Only journeys first exposed in this store, or null for all stores.</summary>
    public string? Store { get; init; }

    /// <summary>The attribution rule the caller applied when crediting purchases (shown as is).</summary>
    public string AttributionRule { get; init; } = "unspecified";

    public double Alpha { get; init; } = 0.05;

    public int MinimumPerArm { get; init; } = Comparison.DefaultMinimumPerArm;

    /// <summary>
    /// The global control share the gateway carved out before assigning arms; above 0 the control group joins the
    /// sample-ratio check at exposure with that expected share. 0 leaves it out of the check.
    /// </summary>
    public double GlobalControlShare { get; init; }

    /// <summary>Whether to replay the days for the always-valid (mixture SPRT) p-value.</summary>
    public bool Sequential { get; init; } = true;

    public double SequentialTau { get; init; } = MixtureSprt.DefaultTau;

    internal bool Includes(Journey journey) =>
        (From is null || journey.Day >= From) && (To is null || journey.Day <= To)
        && (Store is null || string.Equals(journey.Store, Store, StringComparison.Ordinal));
}
