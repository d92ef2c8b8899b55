namespace ScenarioEdge.Gateway.Storage;

/// <summary>
/// One purchase a point of sale completed (collection <c>purchases</c>). <see cref="Key"/> (store and receipt) has a
/// unique index: a receipt is recorded once however often it is sent. <see cref="Shopper"/> is the pseudonymous
/// shopper the app's checkout code identified, kept only with the offers consent; erasure clears it and keeps the rest
/// (the store's accounts).
/// </summary>
public sealed class PurchaseRecord
{
    public string Id { get; set; } = "";

    /// <summary><c>{store}\n{receipt}</c>.</summary>
    public string Key { get; set; } = "";

    public string Store { get; set; } = "";

    public string Receipt { get; set; } = "";

    /// <summary>The point of sale that sent it.</summary>
    public string Device { get; set; } = "";

    /// <summary>Event time at the till, UTC (with <see cref="OffsetMinutes"/>, the till's local time).</summary>
    public DateTime At { get; set; }

    public int OffsetMinutes { get; set; }

    public List<PurchaseLine> Items { get; set; } = [];

    public double Total { get; set; }

    public string Currency { get; set; } = "";

    /// <summary>Coupon codes the till says it redeemed on this purchase.</summary>
    public List<string> Coupons { get; set; } = [];

    /// <summary>Pseudonymous shopper, or null (not identified, no offers consent, or erased).</summary>
    public string? Shopper { get; set; }

    /// <summary>SHA-256 of the purchase's content: the same receipt with another content is refused.</summary>
    public string BodyHash { get; set; } = "";

    /// <summary>Gateway time it was recorded.</summary>
    public DateTime RecordedAt { get; set; }

    public DateTime? ErasedAt { get; set; }

    /// <summary>
    /// Its campaign trigger is still to be decided: set in the transaction that records an identified purchase,
    /// cleared once the campaign runtime has written what deciding it did (or kept it among its undecided triggers).
    /// A start raises the pending ones again, so a crash between the commit and the decision loses no trigger.
    /// </summary>
    public bool TriggerPending { get; set; }

    public static string KeyOf(string store, string receipt) => $"{store}\n{receipt}";

    /// <summary>The event time with the till's offset.</summary>
    [LiteDB.BsonIgnore]
    public DateTimeOffset EventTime => new DateTimeOffset(At.ToUniversalTime(), TimeSpan.Zero).ToOffset(TimeSpan.FromMinutes(OffsetMinutes));
}
