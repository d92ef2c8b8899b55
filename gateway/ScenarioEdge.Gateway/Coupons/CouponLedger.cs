using ScenarioEdge.Campaigns.Decisions;
using ScenarioEdge.Coupons.Rules;
using ScenarioEdge.Gateway.Campaigns;
using ScenarioEdge.Campaigns.Validation;
using ScenarioEdge.Gateway.Observability;
using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Coupons;

/// <summary>
/// The coupon ledger in LiteDB: issuance exactly once per (coupon, campaign, shopper, triggering occurrence), never
/// past the budget or the per-shopper limit, and redemption at most once. Each definition's issuances and
/// redemptions run under its owner (<see cref="CouponOwners"/>) as one transaction: the idempotency key is looked up,
/// the rules are checked against the counts, the entry and the budget are written together; the unique index on the
/// key refuses a second entry even if the lock were bypassed.
/// </summary>
public sealed partial class CouponLedger(
    GatewayDatabase database,
    CouponDefinitions definitions,
    CouponOwners owners,
    ICampaignCatalog catalog,
    GatewayMetrics metrics,
    TimeProvider time,
    ILogger<CouponLedger> log) : ICouponIssuer
{
    public CouponIssue Issue(in CouponRequest request)
    {
        var key = IssuanceKey.Of(request.Coupon, request.Campaign, request.Shopper, request.Trigger, request.EventTime);
        var r = request;
        CouponIssue issue;
        try
        {
            lock (owners.Of(request.Coupon))
            {
                issue = database.Atomically(() => IssueOwned(r, key));
            }
        }
        catch (LiteDB.LiteException ex)
        {
            // Rolled back whole: nothing was issued, and the same trigger retried finds no half-written entry.
            log.LogError(ex, "Coupon ledger write failed for coupon {Coupon}; the push goes without it", request.Coupon);
            issue = CouponIssue.Refused(DecisionReason.CouponUnavailable, "the coupon ledger could not be written");
        }

        if (issue.Code is null)
        {
            metrics.CountCouponRefused(ReasonName(issue));
        }

        return issue;
    }

    private CouponIssue IssueOwned(in CouponRequest request, string key)
    {
        if (database.CouponIssues.FindOne(c => c.Key == key) is { } existing)
        {
            // A redelivered trigger or a retried decision: the coupon issued the first time, not another.
            return CouponIssue.Issued(existing.Id);
        }

        if (definitions.Active(request.Coupon) is not { } definition)
        {
            return CouponIssue.Refused(DecisionReason.CouponUnavailable, $"coupon '{request.Coupon}' is not defined or was retired");
        }

        var now = time.GetUtcNow();
        var zone = catalog.TimeZoneOf(request.Store) ?? TimeZoneInfo.Utc;
        var budget = database.CouponBudgets.FindById(definition.Id) ?? new CouponBudgetRecord { Id = definition.Id };
        var shopperKey = CouponIssueRecord.ShopperKeyOf(definition.Id, request.Shopper);
        var holds = database.CouponIssues.Count(c => c.ShopperKey == shopperKey);
        var (refusal, detail) = IssueRules.Check(definition, new BudgetState(budget.Issued, budget.Value), holds, request.Store, now, zone);
        if (refusal != IssueRefusal.None)
        {
            return CouponIssue.Refused(refusal switch
            {
                IssueRefusal.BudgetExhausted => DecisionReason.Budget,
                IssueRefusal.ShopperLimit => DecisionReason.CouponLimit,
                _ => DecisionReason.CouponUnavailable,
            }, $"coupon '{definition.Id}': {detail}");
        }

        var code = CouponCodes.New();
        while (database.CouponIssues.FindById(code) is not null)
        {
            code = CouponCodes.New();
        }

        database.CouponIssues.Insert(new CouponIssueRecord
        {
            Id = code,
            Key = key,
            Coupon = definition.Id,
            CouponVersion = definition.Version,
            Campaign = request.Campaign,
            Shopper = request.Shopper,
            ShopperKey = shopperKey,
            Store = request.Store,
            Kind = CouponDefinition.KindName(definition.Kind),
            Value = definition.Value,
            TriggeredAt = request.EventTime.UtcDateTime,
            IssuedAt = now.UtcDateTime,
            ExpiresAt = IssueRules.ExpiresAt(definition, now, zone)?.UtcDateTime,
        });
        budget.Issued++;
        budget.Value += definition.FaceValue;
        database.CouponBudgets.Upsert(budget);
        metrics.CountCouponIssued();
        return CouponIssue.Issued(code);
    }

    private static string ReasonName(CouponIssue issue) => issue.Reason switch
    {
        DecisionReason.Budget => "budget_exhausted",
        DecisionReason.CouponLimit => "shopper_limit",
        _ when issue.Detail?.Contains("valid ", StringComparison.Ordinal) == true => "outside_validity",
        _ when issue.Detail?.Contains("not offered in store", StringComparison.Ordinal) == true => "other_store",
        _ => "unavailable",
    };
}
