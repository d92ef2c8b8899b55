using ScenarioEdge.Campaigns.Decisions;
using ScenarioEdge.Campaigns.Validation;
using ScenarioEdge.Coupons.Points;
using ScenarioEdge.Gateway.Campaigns;
using ScenarioEdge.Gateway.Coupons;
using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Points;

/// <summary>
/// Points for a coupon: the debit and the code are written in ONE transaction through the coupon ledger, so there is
/// never a debit without a code nor a code without the debit, and the coupon's budget, per-shopper limit and validity
/// all apply. Lock order: the shopper's points owner, then the coupon's owner (taken by <see cref="CouponLedger.Within"/>).
/// </summary>
public sealed class PointsRedemptions(GatewayDatabase database, CouponLedger coupons, PointsLedger points, PointsOwners owners, ICampaignCatalog catalog, TimeProvider time)
{
    /// <summary>The campaign name a coupon bought with points is issued under (decisions and the ledger show it so).</summary>
    public const string Campaign = "points";

    public PointsRedemptionAnswer Redeem(string shopper, string coupon, string? store, string idempotencyKey)
    {
        var key = PointsKeys.Redemption(shopper, idempotencyKey);
        PointsResult? debit = null;
        PointsRedemptionAnswer answer;
        lock (owners.Of(shopper))
        {
            answer = coupons.Within(coupon, (definition, issue) =>
            {
                var balance = points.BalanceOf(shopper);
                if (database.PointsEntries.FindOne(e => e.Key == key) is { } earlier)
                {
                    return string.Equals(earlier.Coupon, coupon, StringComparison.Ordinal)
                        ? new PointsRedemptionAnswer(StatusCodes.Status200OK, null, null, coupon, earlier.Code, earlier.Amount, balance, Replayed: true)
                        : PointsRedemptionAnswer.Refused(StatusCodes.Status409Conflict, PointsLedger.KeyReused,
                            $"this Idempotency-Key bought coupon '{earlier.Coupon}'; use a new key for a new request", coupon, balance);
                }

                if (definition is null)
                {
                    return PointsRedemptionAnswer.Refused(StatusCodes.Status404NotFound, "unavailable", $"no coupon '{coupon}' is on offer", coupon, balance);
                }

                if (definition.PointsCost is not { } cost)
                {
                    return PointsRedemptionAnswer.Refused(StatusCodes.Status422UnprocessableEntity, "not_for_points", $"coupon '{coupon}' is not offered for points", coupon, balance);
                }

                var at = store ?? (definition.Stores is { Count: 1 } one ? one.First() : null);
                if (at is null || catalog.TimeZoneOf(at) is null)
                {
                    return PointsRedemptionAnswer.Refused(StatusCodes.Status400BadRequest, "unavailable",
                        at is null ? "store: required, the store the coupon is for" : $"store: no store '{at}'", coupon, balance, cost);
                }

                if (PointsRules.Debit(balance, cost) is (not PointsRefusal.None, var why))
                {
                    return PointsRedemptionAnswer.Refused(StatusCodes.Status409Conflict, "insufficient", why!, coupon, balance, cost);
                }

                // Checked first, issued second, debited last: a refused issuance writes nothing, and the debit cannot fail after it.
                var issued = issue(new CouponRequest(coupon, Campaign, shopper, at, "points:" + idempotencyKey, time.GetUtcNow()));
                if (issued.Code is not { } code)
                {
                    return PointsRedemptionAnswer.Refused(issued.Reason is DecisionReason.Budget or DecisionReason.CouponLimit ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity,
                        issued.Reason switch { DecisionReason.Budget => "budget_exhausted", DecisionReason.CouponLimit => "shopper_limit", _ => "unavailable" },
                        issued.Detail ?? "the coupon could not be issued", coupon, balance, cost);
                }

                debit = points.ApplyOwned(new PointsChange(shopper, cost, key, "redemption", at, Coupon: coupon, Code: code), credit: false);
                return debit.Applied
                    ? new PointsRedemptionAnswer(StatusCodes.Status200OK, null, null, coupon, code, cost, debit.Balance, Replayed: false)
                    : throw new InvalidOperationException($"points debit refused after its check ({debit.Refusal}): rolled back with the code");
            });
        }

        if (debit is not null)
        {
            points.Count(debit);
        }
        else if (answer.Reason is { } reason)
        {
            points.CountRefusal(reason is "budget_exhausted" or "shopper_limit" ? "coupon_refused" : reason);
        }

        return answer;
    }
}
