namespace ScenarioEdge.Gateway.Storage;

/// <summary>
/// What a coupon definition's budget has spent (collection <c>couponbudgets</c>, id = the coupon's id), written in the
/// same transaction as each issuance, so the count can never disagree with the ledger after a crash.
/// </summary>
public sealed class CouponBudgetRecord
{
    public string Id { get; set; } = "";

    public int Issued { get; set; }

    /// <summary>Face value issued (amount coupons).</summary>
    public double Value { get; set; }
}
