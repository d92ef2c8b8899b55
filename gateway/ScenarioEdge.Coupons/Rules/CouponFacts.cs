namespace ScenarioEdge.Coupons.Rules;

/// <summary>What the redemption rules need to know of one issued coupon.</summary>
/// <param name="Shopper">Pseudonymous holder; null once the shopper was erased.</param>
/// <param name="Redeemed">Redeemed and not reversed.</param>
public readonly record struct CouponFacts(string Store, string? Shopper, DateTimeOffset? ExpiresAt, bool Redeemed);
