using System.ComponentModel;

namespace ScenarioEdge.Campaigns.Documents;

public sealed class ScheduleSpec
{
    [Description("First instant the campaign may send (ISO 8601 with offset), inclusive.")]
    public string? Start { get; set; }

    [Description("Instant after which it no longer sends (ISO 8601 with offset), exclusive.")]
    public string? End { get; set; }

    [Description("Days of the week in the store's time zone: mon, tue, wed, thu, fri, sat, sun. Absent: every day.")]
    public List<string>? Days { get; set; }

    [Description("Local hours in the store's time zone, HH:mm to HH:mm (may wrap midnight). Absent: all day.")]
    public TimeRangeSpec? Hours { get; set; }
}
