using System.ComponentModel;

namespace ScenarioEdge.Campaigns.Documents;

/// <summary>Which purchases a campaign may claim: a time window after the touch and, for in-store offers, the visit.</summary>
public sealed class AttributionSpec
{
    [Description("Time window after the touch in which a purchase of a promoted product is credited, e.g. 72h (default 72h, at most 30d).")]
    public string? Window { get; set; }

    [Description("For in-store offers: the window closes when the shopper leaves the store (plus the grace). Default true.")]
    public bool? Visit { get; set; }

    [Description("With visit: how long after leaving a purchase still counts, e.g. 30m (default 30m, at most 24h).")]
    public string? Grace { get; set; }
}
