using ScenarioEdge.Campaigns.Compilation;
using ScenarioEdge.Experiments.Alerts;
using ScenarioEdge.Gateway.Coupons;
using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Experiments;

/// <summary>
/// What <see cref="BudgetRule"/> needs for a campaign on a day, read from the coupon ledger: for each budgeted coupon
/// the campaign issues (its own content's or a variant's), the budget, what was issued through the end of that day,
/// the spend per day over the last <see cref="RateDays"/> days (fewer when the coupon is younger), and the campaign's
/// last day. A campaign without an end cannot run out before it ends, and a coupon without a budget cannot run out.
/// The budget is the coupon's, shared by every campaign that issues it: the spend is the coupon's, not this campaign's.
/// </summary>
public sealed class CouponBudgetProjection(GatewayDatabase database, CouponDefinitions definitions)
{
    /// <summary>Days of spend the rate is taken over: a week evens out weekday and weekend traffic.</summary>
    public const int RateDays = 7;

    public IReadOnlyList<BudgetStatus> Of(CompiledCampaign campaign, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        // The schedule's end is exclusive; its last day is the UTC day of the instant before it.
        if (campaign.Schedule.End is not { } end || DateOnly.FromDateTime(end.AddTicks(-1).UtcDateTime) is var endsOn && endsOn < day)
        {
            return [];
        }

        var through = day.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var statuses = new List<BudgetStatus>();
        foreach (var coupon in CouponsOf(campaign))
        {
            if (definitions.Active(coupon) is not { } definition || (definition.BudgetCount is null && definition.BudgetValue is null))
            {
                continue;
            }

            var issued = database.CouponIssues.Find(i => i.Coupon == coupon && i.IssuedAt < through).Select(i => (i.IssuedAt, i.Value)).ToList();
            if (issued.Count == 0)
            {
                continue;
            }

            var first = DateOnly.FromDateTime(issued.Min(i => i.IssuedAt));
            var days = Math.Clamp(day.DayNumber - first.DayNumber + 1, 1, RateDays);
            var since = day.AddDays(1 - days).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            var recent = issued.Where(i => i.IssuedAt >= since).ToList();
            if (definition.BudgetCount is { } count)
            {
                statuses.Add(new BudgetStatus(campaign.Id, coupon, day, count, issued.Count, (double)recent.Count / days, endsOn));
            }

            if (definition.BudgetValue is { } value)
            {
                statuses.Add(new BudgetStatus(campaign.Id, coupon, day, value, issued.Sum(i => i.Value), recent.Sum(i => i.Value) / days, endsOn));
            }
        }

        return statuses;
    }

    private static IEnumerable<string> CouponsOf(CompiledCampaign campaign) =>
        campaign.Experiment.Arms.Select(a => a.Campaign.Content.Push?.CouponRef).Append(campaign.Content.Push?.CouponRef)
            .OfType<string>().Distinct(StringComparer.Ordinal);
}
