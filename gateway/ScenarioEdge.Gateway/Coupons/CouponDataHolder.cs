using ScenarioEdge.Gateway.Identity;
using ScenarioEdge.Gateway.Privacy;
using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Coupons;

/// <summary>
/// The shopper's coupons in the ledger. Erasure removes the link to the shopper (the shopper id, and the idempotency
/// key that names it) and keeps the de-identified facts a store must keep for its accounts: coupon, value, store,
/// time, redemption. The ledger is not raw signal data: retention leaves it alone.
/// </summary>
public sealed class CouponDataHolder(GatewayDatabase database, CouponOwners owners, TimeProvider time) : IShopperDataHolder
{
    public string Name => "coupons";

    public IReadOnlySet<string> Purposes { get; } = new HashSet<string>(StringComparer.Ordinal) { ConsentPurposes.Offers };

    public IReadOnlyList<object> Export(string shopper) =>
        [.. database.CouponIssues.Find(c => c.Shopper == shopper).Select(c => new
        {
            code = c.Id, coupon = c.Coupon, campaign = c.Campaign, store = c.Store, kind = c.Kind, value = c.Value,
            issuedAt = c.IssuedAt, expiresAt = c.ExpiresAt, redeemedAt = c.RedeemedAt, reversedAt = c.ReversedAt,
        })];

    public int EraseData(string shopper)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var erased = 0;
        foreach (var group in database.CouponIssues.Find(c => c.Shopper == shopper).ToList().GroupBy(c => c.Coupon, StringComparer.Ordinal))
        {
            // Under each coupon's owner: an issuance or redemption in flight sees the entry before or after, never half.
            lock (owners.Of(group.Key))
            {
                foreach (var entry in group)
                {
                    entry.Shopper = null;
                    entry.ShopperKey = null;
                    entry.Key = "erased:" + entry.Id;
                    entry.ErasedAt = now;
                }

                erased += database.CouponIssues.Update(group);
            }
        }

        return erased;
    }

    public int ExpireBefore(DateTime cutoff) => 0;
}
