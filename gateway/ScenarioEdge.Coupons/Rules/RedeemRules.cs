namespace ScenarioEdge.Coupons.Rules;

/// <summary>
/// Whether an issued coupon may be redeemed now, at this store, for this shopper. Called by the coupon's owner in the
/// transaction that writes the redemption, so two tills racing on one code get one yes and one "already redeemed".
/// </summary>
public static class RedeemRules
{
    public static (RedeemRefusal Refusal, string? Detail) Check(CouponFacts? coupon, string store, string? shopper, DateTimeOffset now)
    {
        if (coupon is not { } c)
        {
            return (RedeemRefusal.Unknown, "no coupon has this code");
        }

        if (!string.Equals(c.Store, store, StringComparison.Ordinal))
        {
            // The other store is not named: a till learns nothing about where a code it should not see came from.
            return (RedeemRefusal.OtherStore, $"the coupon was issued for another store, not {store}");
        }

        if (shopper is not null && !string.Equals(c.Shopper, shopper, StringComparison.Ordinal))
        {
            return (RedeemRefusal.OtherShopper, "the coupon belongs to another shopper");
        }

        if (c.Redeemed)
        {
            return (RedeemRefusal.AlreadyRedeemed, "the coupon was redeemed already");
        }

        if (c.ExpiresAt is { } expires && now >= expires)
        {
            return (RedeemRefusal.Expired, $"the coupon expired at {expires:O}");
        }

        return (RedeemRefusal.None, null);
    }
}
