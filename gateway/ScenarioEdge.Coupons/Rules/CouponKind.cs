namespace ScenarioEdge.Coupons.Rules;

public enum CouponKind : byte
{
    Percent,
    Amount,
    FreeItem,
}
