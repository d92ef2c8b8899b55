using ScenarioEdge.Gateway.Identity;
using ScenarioEdge.Gateway.Privacy;
using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Points;

/// <summary>
/// The shopper's points. Erasure removes the balance and the link to the shopper (the shopper id, the idempotency key
/// that names the shopper, the purchase reference) and keeps the de-identified facts a store must keep for its
/// accounts: kind, amount, store, time, the coupon bought. Retention leaves the ledger alone.
/// </summary>
public sealed class PointsDataHolder(GatewayDatabase database, PointsOwners owners, TimeProvider time) : IShopperDataHolder
{
    public string Name => "points";

    public IReadOnlySet<string> Purposes { get; } = new HashSet<string>(StringComparer.Ordinal) { ConsentPurposes.Offers };

    public IReadOnlyList<object> Export(string shopper) =>
        [.. database.PointsEntries.Find(e => e.Shopper == shopper).OrderBy(e => e.Seq).Select(e => new
        {
            at = e.At, kind = e.Kind, amount = e.Amount, balanceAfter = e.BalanceAfter, reason = e.Reason, store = e.Store,
            purchase = e.Purchase, coupon = e.Coupon, code = e.Code,
        })];

    public int EraseData(string shopper)
    {
        var now = time.GetUtcNow().UtcDateTime;
        // Under the balance's owner, in one transaction: a credit in flight lands before (and is erased) or after (and finds no push to credit).
        lock (owners.Of(shopper))
        {
            return database.Atomically(() =>
            {
                var entries = database.PointsEntries.Find(e => e.Shopper == shopper).ToList();
                foreach (var e in entries)
                {
                    e.Shopper = null;
                    e.Purchase = null;
                    e.Key = "erased:" + e.Id;
                    e.ErasedAt = now;
                }

                return database.PointsEntries.Update(entries) + (database.PointsBalances.Delete(shopper) ? 1 : 0);
            });
        }
    }

    public int ExpireBefore(DateTime cutoff) => 0;
}
