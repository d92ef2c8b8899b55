using System.ComponentModel;

namespace ScenarioEdge.Coupons.Documents;

public sealed class CouponScopeSpec
{
    [Description("Product SKUs the coupon applies to (provisioned offers).")]
    public List<string>? Skus { get; set; }

    [Description("Product categories the coupon applies to (the point of sale's own category ids).")]
    public List<string>? Categories { get; set; }
}
