using System.ComponentModel;

namespace ScenarioEdge.Coupons.Documents;

public sealed class CouponBudgetSpec
{
    [Description("At most this many coupons issued in all.")]
    public int? Count { get; set; }

    [Description("At most this much face value issued in all (amount coupons: the sum of their values).")]
    public double? Value { get; set; }
}
