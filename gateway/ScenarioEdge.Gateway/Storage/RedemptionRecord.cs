namespace ScenarioEdge.Gateway.Storage;

/// <summary>
/// One redemption request and its answer (collection <c>redemptions</c>). <see cref="Key"/> (store and the caller's
/// Idempotency-Key) has a unique index: the same key is answered from here, the same way, however often it comes.
/// Carries no shopper: the code's ledger entry does.
/// </summary>
public sealed class RedemptionRecord
{
    public string Id { get; set; } = "";

    /// <summary><c>{store}\n{Idempotency-Key}</c>.</summary>
    public string Key { get; set; } = "";

    /// <summary>SHA-256 of what was asked (code, shopper): the same key with another request is refused.</summary>
    public string RequestHash { get; set; } = "";

    public string Store { get; set; } = "";

    /// <summary>The code as normalised, or as sent when it could not be one.</summary>
    public string Code { get; set; } = "";

    public string? Coupon { get; set; }

    /// <summary>Null when redeemed; otherwise the refusal (already_redeemed, expired, ...). (LiteDB reads an empty string back as null.)</summary>
    public string? Refusal { get; set; }

    public string? Detail { get; set; }

    /// <summary>Who asked: the API key's name or <c>{store}/{device}</c>.</summary>
    public string By { get; set; } = "";

    public DateTime At { get; set; }

    public DateTime? ReversedAt { get; set; }

    public string? ReversedBy { get; set; }
}
