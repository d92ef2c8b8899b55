using System.ComponentModel;

namespace ScenarioEdge.Campaigns.Documents;

/// <summary>
/// One condition object: every field set must hold (AND); <see cref="AnyOf"/> holds when one of its conditions
/// does (OR). Nesting is limited (see <see cref="Loading.DocumentLimits"/>).
/// </summary>
public sealed class ConditionSpec
{
    [Description("Scene confidence at least this (0-1).")]
    public double? MinConfidence { get; set; }

    [Description("The trigger's zone is one of these zone ids.")]
    public List<string>? Zones { get; set; }

    [Description("The trigger's shelf is one of these shelf ids.")]
    public List<string>? Shelves { get; set; }

    [Description("The trigger's product is one of these product ids (a purchase: one of the SKUs bought is).")]
    public List<string>? Products { get; set; }

    [Description("A purchase: one of the items bought is in one of these point-of-sale categories.")]
    public List<string>? Categories { get; set; }

    [Description("A purchase: its total at least this much (the store's currency).")]
    public double? MinTotal { get; set; }

    [Description("Dwell at least this many seconds.")]
    public double? MinDwellS { get; set; }

    [Description("Heart-rate reserve band, percent 0-100 (requires the activity consent).")]
    public BandSpec? HeartRateReserve { get; set; }

    [Description("Cadence band, steps or revolutions per minute (requires the activity consent).")]
    public BandSpec? Cadence { get; set; }

    [Description("Distance from the shopper to the store at most this many metres.")]
    public double? MaxDistanceM { get; set; }

    [Description("Local time of day in the store's time zone, HH:mm to HH:mm.")]
    public TimeRangeSpec? TimeOfDay { get; set; }

    [Description("Local weekdays in the store's time zone: mon ... sun.")]
    public List<string>? Weekdays { get; set; }

    [Description("The alert's kind is one of these (e.g. weather).")]
    public List<string>? AlertKinds { get; set; }

    [Description("The alert's severity at least this: info, advisory, warning, severe.")]
    public string? MinAlertSeverity { get; set; }

    [Description("Holds when at least one of these conditions holds.")]
    public List<ConditionSpec>? AnyOf { get; set; }
}
