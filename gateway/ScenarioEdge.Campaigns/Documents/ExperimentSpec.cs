using System.ComponentModel;

namespace ScenarioEdge.Campaigns.Documents;

/// <summary>A campaign's experiment: variants with weights and optional content, and a holdout (docs/experiments.md).</summary>
public sealed class ExperimentSpec
{
    [Description("Salt of the assignment hash; changing it reshuffles shoppers not yet exposed.")]
    public string? Salt { get; set; }

    [Description("Percent of shoppers held out (0-50): they are measured but never sent.")]
    public double HoldoutPercent { get; set; }

    [Description("Variants with relative weights.")]
    public List<VariantSpec> Variants { get; set; } = [];
}
