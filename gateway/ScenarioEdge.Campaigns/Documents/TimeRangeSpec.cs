using System.ComponentModel;

namespace ScenarioEdge.Campaigns.Documents;

/// <summary>A local time range, from inclusive to exclusive; from after to wraps midnight (22:00 to 06:00).</summary>
public sealed class TimeRangeSpec
{
    [Description("Local start, HH:mm, inclusive.")]
    public string From { get; set; } = "";

    [Description("Local end, HH:mm, exclusive.")]
    public string To { get; set; } = "";
}
