using ScenarioEdge.Campaigns.Decisions;

namespace ScenarioEdge.Gateway.Campaigns;

/// <summary>
/// What the campaign runtime asks at the moment a push that carries a coupon is about to be sent: the coupon's code,
/// or why none can be issued (the decision is then recorded with that reason instead of being sent). Owned here, by
/// the caller; the coupon ledger implements it. Called on the runtime's worker: it must be quick and must not block
/// on the network. Idempotent per request: the same (coupon, campaign, shopper, trigger kind, event time) returns
/// the same code, which is what makes a redelivered trigger or a retried decision harmless.
/// </summary>
public interface ICouponIssuer
{
    CouponIssue Issue(in CouponRequest request);
}
