namespace ScenarioEdge.Gateway.Observability;

/// <summary>Coupons: issued, refused issuances by reason, redemptions by result.</summary>
public sealed partial class GatewayMetrics
{
    /// <summary>Why a coupon was not issued (the coupon folder's names, repeated here so neither folder depends on the other).</summary>
    private static readonly string[] CouponIssueRefusals = ["budget_exhausted", "shopper_limit", "outside_validity", "other_store", "unavailable"];

    /// <summary>What became of a redemption request.</summary>
    private static readonly string[] RedemptionResults =
        ["redeemed", "replayed", "unknown", "already_redeemed", "expired", "other_store", "other_shopper", "malformed", "key_reused", "reversed"];

    private readonly PlainCounter _couponsIssued;

    public long CouponsIssued => _couponsIssued.Value;

    /// <summary>Issuances refused, by reason.</summary>
    public LabelledCounter CouponIssueRefused { get; }

    /// <summary>Redemption requests, by result.</summary>
    public LabelledCounter Redemptions { get; }

    public void CountCouponIssued() => _couponsIssued.Add();

    public void CountCouponRefused(string reason) => CouponIssueRefused.Add(ManagementIndex(CouponIssueRefusals, reason, 4));

    public void CountRedemption(string result) => Redemptions.Add(ManagementIndex(RedemptionResults, result, 7));

    private static (PlainCounter, LabelledCounter, LabelledCounter) CouponMetrics(GatewayInstruments i) => (
        new(i, "se_coupons_issued_total", "Coupons issued into the ledger (once per campaign, shopper and trigger)."),
        new(i, "se_coupon_issues_refused_total", "Coupon issuances refused, by reason (the decision log records each).", "reason", CouponIssueRefusals),
        new(i, "se_redemptions_total", "Coupon redemption requests, by result.", "result", RedemptionResults));
}
