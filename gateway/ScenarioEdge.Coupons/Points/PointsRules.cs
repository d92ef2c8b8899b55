namespace ScenarioEdge.Coupons.Points;

/// <summary>
/// A shopper's points balance: credits add, debits take away, and the balance never goes below 0. The ledger calls
/// these as the balance's single owner, inside the transaction that then writes the entry, so the answer cannot go
/// stale between check and write. Points do not expire (docs/coupons.md#points says why).
/// </summary>
public static class PointsRules
{
    /// <summary>The most one entry may move: far above any reward, small enough that a bug cannot mint a fortune.</summary>
    public const long MaxAmount = 1_000_000;

    /// <summary>The most one balance may hold; far from <see cref="long.MaxValue"/>, so sums never overflow.</summary>
    public const long MaxBalance = 1_000_000_000;

    public static (PointsRefusal Refusal, string? Detail) Credit(long balance, long amount)
    {
        if (amount is < 1 or > MaxAmount)
        {
            return (PointsRefusal.InvalidAmount, $"a credit of {amount} points: give 1-{MaxAmount}");
        }

        return balance + amount > MaxBalance
            ? (PointsRefusal.BalanceFull, $"a balance of {balance} points cannot take {amount} more (at most {MaxBalance})")
            : (PointsRefusal.None, null);
    }

    public static (PointsRefusal Refusal, string? Detail) Debit(long balance, long amount)
    {
        if (amount is < 1 or > MaxAmount)
        {
            return (PointsRefusal.InvalidAmount, $"a debit of {amount} points: give 1-{MaxAmount}");
        }

        return amount > balance
            ? (PointsRefusal.Insufficient, $"the balance is {balance} points, {amount} are needed")
            : (PointsRefusal.None, null);
    }

    /// <summary>The balance after an entry the rules let through: credits positive, debits negative.</summary>
    public static long Apply(long balance, long signedAmount) => balance + signedAmount;
}
