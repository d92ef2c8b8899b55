using System.ComponentModel;

namespace ScenarioEdge.Coupons.Documents;

public sealed class CouponValiditySpec
{
    [Description("Valid for this many days from the moment it is issued (1-366).")]
    public int? Days { get; set; }

    [Description("First day it may be issued and redeemed (yyyy-MM-dd, store's local time).")]
    public string? From { get; set; }

    [Description("Last day it may be issued and redeemed (yyyy-MM-dd, inclusive, store's local time).")]
    public string? To { get; set; }
}
