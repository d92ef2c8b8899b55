namespace ScenarioEdge.Gateway.Points;

/// <summary>
/// One owner per balance: every credit and debit of a shopper's points runs under that shopper's lock, inside one
/// LiteDB transaction, so check and write cannot interleave. In a cluster it becomes one grain per shopper's balance
/// (docs/decisions.md). The locks are striped by the shopper's hash — a shopper always meets the same one — so their
/// number stays fixed however many shoppers there are; two shoppers on one stripe wait for each other, which costs
/// nothing, since LiteDB commits one transaction at a time anyway. Lock order: a points owner is taken before a
/// coupon owner, never after (a redemption for points holds both), no caller holds two points owners, and the coupon
/// ledger never takes one, so they cannot deadlock.
/// </summary>
public sealed class PointsOwners
{
    private const int Stripes = 256;
    private readonly Lock[] _locks = [.. Enumerable.Range(0, Stripes).Select(_ => new Lock())];

    public Lock Of(string shopper) => _locks[(uint)string.GetHashCode(shopper, StringComparison.Ordinal) % Stripes];
}
