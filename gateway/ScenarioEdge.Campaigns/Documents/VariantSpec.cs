using System.ComponentModel;

namespace ScenarioEdge.Campaigns.Documents;

public sealed class VariantSpec
{
    [Description("Variant name (1-32 characters).")]
    public string Name { get; set; } = "";

    [Description("Relative weight (> 0).")]
    public double Weight { get; set; }

    [Description("Content replacing the campaign's content for this variant.")]
    public ContentSpec? Content { get; set; }
}
