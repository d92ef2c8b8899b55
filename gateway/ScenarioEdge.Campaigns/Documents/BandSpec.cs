using System.ComponentModel;

namespace ScenarioEdge.Campaigns.Documents;

/// <summary>A numeric band, both ends inclusive; an absent end is open.</summary>
public sealed class BandSpec
{
    [Description("Lowest value, inclusive.")]
    public double? Min { get; set; }

    [Description("Highest value, inclusive.")]
    public double? Max { get; set; }
}
