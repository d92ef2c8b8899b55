using System.ComponentModel;

namespace ScenarioEdge.Campaigns.Documents;

public sealed class LimitsSpec
{
    [Description("Frequency caps; all apply, the strictest wins.")]
    public List<CapRuleSpec>? Caps { get; set; }

    [Description("Re-eligibility after a send of this campaign to the shopper, e.g. 30m, 1d.")]
    public string? Cooldown { get; set; }

    [Description("Re-eligibility after the shopper dismissed this campaign (longer than cooldown).")]
    public string? CooldownAfterDismissal { get; set; }

    [Description("At most this many messages of this campaign per store visit.")]
    public int? MaxPerVisit { get; set; }

    [Description("During the store's quiet hours: drop, defer (to the window's end) or dropIfContextEnded.")]
    public string? QuietHours { get; set; }

    [Description("A trigger decided later than this after its event time is expired, e.g. 30s. Default 2m.")]
    public string? MaxDelay { get; set; }
}
