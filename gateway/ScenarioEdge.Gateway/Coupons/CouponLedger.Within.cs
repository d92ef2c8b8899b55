using ScenarioEdge.Coupons.Rules;
using ScenarioEdge.Gateway.Campaigns;

namespace ScenarioEdge.Gateway.Coupons;

/// <summary>Issuance inside a caller's own work, for a ledger that must write with the coupon in one transaction.</summary>
public sealed partial class CouponLedger
{
    /// <summary>
    /// Runs <paramref name="work"/> under <paramref name="coupon"/>'s owner in one transaction, giving it the definition
    /// in force (null: unknown or retired) and a way to issue a code inside that transaction: whatever the work writes
    /// commits with the code or rolls back with it. A caller holding an owner of its own takes it before calling (the
    /// points ledger does; docs/decisions.md has the lock order); this ledger never takes another's owner.
    /// </summary>
    public T Within<T>(string coupon, Func<CouponDefinition?, Func<CouponRequest, CouponIssue>, T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        lock (owners.Of(coupon))
        {
            return database.Atomically(() => work(definitions.Active(coupon), Issue));
        }

        CouponIssue Issue(CouponRequest r)
        {
            var issue = IssueOwned(r, IssuanceKey.Of(r.Coupon, r.Campaign, r.Shopper, r.Trigger, r.EventTime));
            if (issue.Code is null)
            {
                metrics.CountCouponRefused(ReasonName(issue));
            }

            return issue;
        }
    }
}
