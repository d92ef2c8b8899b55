using ScenarioEdge.Campaigns.Loading;
using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Coupons;

/// <summary>The result of a change to a coupon definition, as the HTTP status it answers with.</summary>
public sealed record CouponOutcome(int Status, CouponRecord? Coupon, string? Detail = null, IReadOnlyList<CampaignProblem>? Problems = null)
{
    public static CouponOutcome Invalid(IReadOnlyList<CampaignProblem> problems) => new(StatusCodes.Status400BadRequest, null, null, problems);

    public static CouponOutcome Conflict(CouponRecord? coupon, string detail) => new(StatusCodes.Status409Conflict, coupon, detail);
}
