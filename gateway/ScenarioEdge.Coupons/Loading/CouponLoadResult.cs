using ScenarioEdge.Campaigns.Loading;
using ScenarioEdge.Coupons.Documents;

namespace ScenarioEdge.Coupons.Loading;

/// <summary>A loaded coupon definition, or every problem that refuses it (the document is refused whole).</summary>
public sealed record CouponLoadResult(CouponDocument? Document, IReadOnlyList<CampaignProblem> Problems)
{
    public bool IsValid => Document is not null && Problems.Count == 0;
}
