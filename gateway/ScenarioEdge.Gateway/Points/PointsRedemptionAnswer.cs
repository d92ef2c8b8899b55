namespace ScenarioEdge.Gateway.Points;

/// <summary>
/// The answer to a redemption of points for a coupon: the code and the balance after it (200), or a refusal with
/// its HTTP status, reason (docs/coupons.md#points-for-a-coupon) and detail, having changed nothing.
/// </summary>
public sealed record PointsRedemptionAnswer(int Status, string? Reason, string? Detail, string Coupon, string? Code, long Cost, long Balance, bool Replayed)
{
    public static PointsRedemptionAnswer Refused(int status, string reason, string detail, string coupon, long balance, long cost = 0) =>
        new(status, reason, detail, coupon, null, cost, balance, false);
}
