using System.ComponentModel;

namespace ScenarioEdge.Coupons.Documents;

/// <summary>
/// A coupon definition as an operator writes it (JSON or YAML): what the coupon is worth, on what, for how long, how
/// many may be issued and to whom. Values are kept as written (kinds and dates as strings) so that validation lists
/// every problem at once; <see cref="Rules.CouponDefinition"/> is the checked, parsed form.
/// </summary>
[Description("A ScenarioEdge coupon definition (see docs/coupons.md).")]
public sealed class CouponDocument
{
    [Description("Stable id, named by a campaign's content.appPush.couponRef: lower-case letters, digits, '-', '_', '.', 1-64 characters.")]
    public string Id { get; set; } = "";

    [Description("Version of this document, from 1; a change is a new version.")]
    public int Version { get; set; }

    [Description("Name shown to operators and on the receipt.")]
    public string Name { get; set; } = "";

    [Description("percent (value: 1-100 off), amount (value: money off, in the store's currency) or freeItem (one item of the scope free).")]
    public string Kind { get; set; } = "";

    [Description("Percent off (1-100) for percent, money off for amount; absent for freeItem.")]
    public double? Value { get; set; }

    [Description("What the coupon applies to: SKUs and/or categories (at least one entry).")]
    public CouponScopeSpec Scope { get; set; } = new();

    [Description("How long an issued coupon is valid: days from issue, and/or fixed dates.")]
    public CouponValiditySpec Validity { get; set; } = new();

    [Description("How many may be issued in all: a count, and/or a total face value (amount coupons only). Absent: no limit.")]
    public CouponBudgetSpec? Budget { get; set; }

    [Description("At most this many issued to one shopper, ever (default 1).")]
    public int? PerShopper { get; set; }

    [Description("Points a shopper's app may pay for one of these (POST /api/app/points/redemptions), 1-1000000; absent: not for points.")]
    public int? PointsCost { get; set; }

    [Description("Stores that may issue and redeem it: store ids, or [\"*\"] for every store.")]
    public List<string> Stores { get; set; } = [];
}
