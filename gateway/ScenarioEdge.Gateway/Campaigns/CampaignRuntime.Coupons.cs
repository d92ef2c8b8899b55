using ScenarioEdge.Campaigns.Content;
using ScenarioEdge.Campaigns.Decisions;
using ScenarioEdge.Campaigns.Triggers;

namespace ScenarioEdge.Gateway.Campaigns;

/// <summary>
/// The coupon hook of arbitration: a would-be winner whose push carries a coupon is sent only with a code issued for
/// it, before its decision is recorded as sent; when none can be issued the decision records why and the next
/// candidate in rank may win.
/// </summary>
public sealed partial class CampaignRuntime
{
    private string? _coupon;
    private Func<Candidate, DecisionOutcome?>? _admitCoupon;

    /// <summary>Issues the candidate's coupon into <see cref="_coupon"/>; the refusal, or null to let it win.</summary>
    private Func<Candidate, DecisionOutcome?> AdmitCoupon => _admitCoupon ??= c =>
    {
        _coupon = null;
        if (c.Campaign.Content.Push?.CouponRef is not { } coupon || (c.Channels & Channels.AppPush) == 0)
        {
            return null;
        }

        var fact = c.Fact;
        var issue = coupons.Issue(new CouponRequest(coupon, c.Campaign.Id, fact.Shopper, fact.Store, TriggerKinds.Name(fact.Kind), fact.EventTime));
        _coupon = issue.Code;
        return issue.Code is null ? DecisionOutcome.Suppressed(issue.Reason, issue.Detail) : null;
    };
}
