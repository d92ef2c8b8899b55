using System.Collections.Concurrent;

namespace ScenarioEdge.Gateway.Coupons;

/// <summary>
/// One owner per budget: every issuance, redemption and reversal of a coupon definition runs under its lock, inside
/// one LiteDB transaction, so check and write cannot interleave. In one process that is a lock per definition; in a
/// cluster it becomes one grain per definition (docs/decisions.md), with the same rules inside.
/// </summary>
public sealed class CouponOwners
{
    private readonly ConcurrentDictionary<string, Lock> _locks = new(StringComparer.Ordinal);

    public Lock Of(string coupon) => _locks.GetOrAdd(coupon, static _ => new Lock());
}
