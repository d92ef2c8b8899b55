namespace ScenarioEdge.Gateway.Storage;

/// <summary>
/// One issued coupon in the ledger (collection <c>couponissues</c>, id = its code). <see cref="Key"/> has a unique
/// index: a second issuance for the same (coupon, campaign, shopper, triggering occurrence) cannot be written.
/// Erasure removes the shopper (and the key, which names it) and keeps the de-identified facts a store must keep.
/// </summary>
public sealed class CouponIssueRecord
{
    /// <summary>The code: cryptographically random, unique.</summary>
    public string Id { get; set; } = "";

    /// <summary>Idempotency key of the issuance; <c>erased:{code}</c> once the shopper was erased.</summary>
    public string Key { get; set; } = "";

    public string Coupon { get; set; } = "";

    public int CouponVersion { get; set; }

    public string Campaign { get; set; } = "";

    /// <summary>Pseudonymous holder; null once erased.</summary>
    public string? Shopper { get; set; }

    /// <summary><c>{coupon}\n{shopper}</c>, indexed, for the per-shopper limit; null once erased.</summary>
    public string? ShopperKey { get; set; }

    public string Store { get; set; } = "";

    /// <summary>percent, amount, freeItem.</summary>
    public string Kind { get; set; } = "";

    public double Value { get; set; }

    /// <summary>Event time of the trigger that issued it.</summary>
    public DateTime TriggeredAt { get; set; }

    public DateTime IssuedAt { get; set; }

    public DateTime? ExpiresAt { get; set; }

    /// <summary>Set while redeemed; cleared (and <see cref="ReversedAt"/> set) by a reversal.</summary>
    public DateTime? RedeemedAt { get; set; }

    public string? RedemptionId { get; set; }

    public DateTime? ReversedAt { get; set; }

    public DateTime? ErasedAt { get; set; }

    public static string ShopperKeyOf(string coupon, string shopper) => $"{coupon}\n{shopper}";
}
