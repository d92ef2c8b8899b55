namespace ScenarioEdge.Gateway.Storage;

/// <summary>
/// One credit or debit of a shopper's points (collection <c>pointsentries</c>), written in the same transaction as the
/// balance it changes. The unique <see cref="Key"/> makes a replayed share or a retried redemption find the entry
/// written the first time instead of writing a second.
/// </summary>
public sealed class PointsEntryRecord
{
    /// <summary>Time-ordered (a version 7 GUID), so the newest entries come first by id.</summary>
    public string Id { get; set; } = "";

    /// <summary>The idempotency key (see ScenarioEdge.Coupons.Points.PointsKeys); "erased:{id}" once the shopper is erased.</summary>
    public string Key { get; set; } = "";

    /// <summary>Null once the shopper is erased: the entry stays as a de-identified fact.</summary>
    public string? Shopper { get; set; }

    /// <summary>credit or debit.</summary>
    public string Kind { get; set; } = "";

    /// <summary>Points moved, always positive; <see cref="Kind"/> says which way.</summary>
    public long Amount { get; set; }

    /// <summary>The shopper's entry number, from 1: the app's history is in this order (ids share a millisecond).</summary>
    public int Seq { get; set; }

    /// <summary>The balance after this entry.</summary>
    public long BalanceAfter { get; set; }

    /// <summary>What it was for: share, redemption, or a caller's own reason.</summary>
    public string Reason { get; set; } = "";

    public string? Store { get; set; }

    /// <summary>The purchase a share credit was for; cleared at erasure (it points at the shopper's purchase).</summary>
    public string? Purchase { get; set; }

    /// <summary>The coupon code a redemption bought.</summary>
    public string? Code { get; set; }

    /// <summary>The coupon definition a redemption bought.</summary>
    public string? Coupon { get; set; }

    /// <summary>Gateway time.</summary>
    public DateTime At { get; set; }

    public DateTime? ErasedAt { get; set; }
}
