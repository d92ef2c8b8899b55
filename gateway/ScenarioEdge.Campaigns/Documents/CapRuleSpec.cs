using System.ComponentModel;

namespace ScenarioEdge.Campaigns.Documents;

public sealed class CapRuleSpec
{
    [Description("Name the decision log gives when this rule bites. Default: scope/count/per.")]
    public string? Name { get; set; }

    [Description("campaign (sends of this campaign) or allCampaigns (sends of any campaign) to the shopper.")]
    public string Scope { get; set; } = "campaign";

    [Description("At most this many sends (1-1000).")]
    public int Count { get; set; }

    [Description("calendarDay (the store's local day) or a rolling window such as 1h, 24h, 7d.")]
    public string Per { get; set; } = "";
}
