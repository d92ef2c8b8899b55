namespace ScenarioEdge.Gateway.Coupons;

/// <summary>What the ledger holds now for one shopper and campaign (the experiments' funnel after a reversal).</summary>
public sealed partial class CouponLedger
{
    /// <summary>
    /// When the earliest of <paramref name="campaign"/>'s codes still redeemed by <paramref name="shopper"/> was
    /// redeemed, or null when none is (every redemption reversed, or none made): the net redemption.
    /// </summary>
    public DateTime? EarliestRedeemed(string campaign, string shopper) =>
        database.CouponIssues.Find(c => c.Shopper == shopper)
            .Where(c => c.RedeemedAt is not null && string.Equals(c.Campaign, campaign, StringComparison.Ordinal))
            .Min(c => c.RedeemedAt);
}
