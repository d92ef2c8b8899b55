using ScenarioEdge.Coupons.Points;
using ScenarioEdge.Gateway.Observability;
using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Points;

/// <summary>
/// The points ledger in LiteDB: each credit and debit exactly once per idempotency key, and a balance that never goes
/// below 0. Each shopper's entries run under the shopper's owner (<see cref="PointsOwners"/>) as one transaction: the
/// key is looked up, the rules are checked against the balance, the entry and the balance are written together; the
/// unique index on the key refuses a second entry even if the lock were bypassed.
/// </summary>
public sealed class PointsLedger(GatewayDatabase database, PointsOwners owners, GatewayMetrics metrics, TimeProvider time)
{
    /// <summary>The same key was used for another change (another shopper, direction or amount): refused, nothing changed.</summary>
    public const string KeyReused = "key_reused";

    public PointsResult Credit(in PointsChange change) => Apply(change, credit: true);

    public PointsResult Debit(in PointsChange change) => Apply(change, credit: false);

    public long BalanceOf(string shopper) => database.PointsBalances.FindById(shopper)?.Balance ?? 0;

    private PointsResult Apply(PointsChange change, bool credit)
    {
        ArgumentException.ThrowIfNullOrEmpty(change.Shopper);
        PointsResult result;
        lock (owners.Of(change.Shopper))
        {
            result = database.Atomically(() => ApplyOwned(change, credit));
        }

        Count(result);
        return result;
    }

    /// <summary>
    /// The change, for a caller that holds the shopper's owner and an open transaction (a redemption for points, which
    /// writes the coupon in the same one). It counts nothing: the caller counts with <see cref="Count"/> after the commit.
    /// </summary>
    internal PointsResult ApplyOwned(PointsChange change, bool credit)
    {
        var kind = credit ? "credit" : "debit";
        var balance = database.PointsBalances.FindById(change.Shopper) ?? new PointsBalanceRecord { Id = change.Shopper };
        if (database.PointsEntries.FindOne(e => e.Key == change.Key) is { } earlier)
        {
            return earlier.Shopper == change.Shopper && earlier.Kind == kind && earlier.Amount == change.Amount
                ? new PointsResult(earlier, balance.Balance, null, null, Replayed: true)
                : PointsResult.Refused(KeyReused, "this idempotency key was used for another change; use a new key for a new request", balance.Balance);
        }

        var (refusal, detail) = credit ? PointsRules.Credit(balance.Balance, change.Amount) : PointsRules.Debit(balance.Balance, change.Amount);
        if (refusal != PointsRefusal.None)
        {
            return PointsResult.Refused(RefusalName(refusal), detail!, balance.Balance);
        }

        var now = time.GetUtcNow();
        balance.Balance = PointsRules.Apply(balance.Balance, credit ? change.Amount : -change.Amount);
        balance.Credited += credit ? change.Amount : 0;
        balance.Debited += credit ? 0 : change.Amount;
        balance.Entries++;
        var entry = new PointsEntryRecord
        {
            Id = Guid.CreateVersion7(now).ToString("N"),
            Key = change.Key,
            Shopper = change.Shopper,
            Kind = kind,
            Seq = balance.Entries,
            Amount = change.Amount,
            BalanceAfter = balance.Balance,
            Reason = change.Reason,
            Store = change.Store,
            Purchase = change.Purchase,
            Coupon = change.Coupon,
            Code = change.Code,
            At = now.UtcDateTime,
        };
        database.PointsEntries.Insert(entry);
        database.PointsBalances.Upsert(balance);
        return new PointsResult(entry, balance.Balance, null, null, Replayed: false);
    }

    internal void Count(PointsResult result)
    {
        if (result.Refusal is { } refusal)
        {
            metrics.CountPointsRefused(refusal);
        }
        else if (result.Applied && result.Entry!.Kind == "credit")
        {
            metrics.CountPointsCredited(result.Entry.Amount);
        }
        else if (result.Applied)
        {
            metrics.CountPointsDebited(result.Entry!.Amount);
        }
    }

    internal void CountRefusal(string reason) => metrics.CountPointsRefused(reason);

    private static string RefusalName(PointsRefusal refusal) => refusal switch
    {
        PointsRefusal.Insufficient => "insufficient",
        PointsRefusal.BalanceFull => "balance_full",
        _ => "invalid_amount",
    };
}
