using ScenarioEdge.Campaigns.Decisions;

namespace ScenarioEdge.Gateway.Campaigns;

/// <summary>The issued code, or the reason (Budget, CouponLimit, CouponUnavailable) and a detail for the decision log.</summary>
public sealed record CouponIssue(string? Code, DecisionReason Reason, string? Detail)
{
    public static CouponIssue Issued(string code) => new(code, DecisionReason.None, null);

    public static CouponIssue Refused(DecisionReason reason, string detail) => new(null, reason, detail);
}
