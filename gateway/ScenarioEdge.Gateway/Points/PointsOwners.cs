using System.Collections.Concurrent;

namespace ScenarioEdge.Gateway.Points;

/// <summary>
/// One owner per balance: every credit and debit of a shopper's points runs under that shopper's lock, inside one
/// LiteDB transaction, so check and write cannot interleave. In a cluster it becomes one grain per shopper's balance
/// (docs/decisions.md). Lock order: a points owner is taken before a coupon owner, never after (a redemption for
/// points holds both), and the coupon ledger never takes a points owner, so the two cannot deadlock.
/// </summary>
public sealed class PointsOwners
{
    private readonly ConcurrentDictionary<string, Lock> _locks = new(StringComparer.Ordinal);

    public Lock Of(string shopper) => _locks.GetOrAdd(shopper, static _ => new Lock());
}
