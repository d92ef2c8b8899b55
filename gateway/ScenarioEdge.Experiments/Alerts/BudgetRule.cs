using System.Globalization;

namespace ScenarioEdge.Experiments.Alerts;

/// <summary>
/// A coupon budget projected to run out before the campaign ends: at the current spend per day, the remaining budget
/// lasts fewer days than are left (today included, through the last day). Straight-line projection: simple, and on
/// the safe side when spending accelerates towards the end of a campaign, which is when it usually does.
/// </summary>
public static class BudgetRule
{
    public static ExperimentAlert? Evaluate(BudgetStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        var daysLeft = status.EndsOn.DayNumber - status.Day.DayNumber + 1;
        var remaining = status.Budget - status.Spent;
        if (daysLeft <= 0 || !(status.SpentPerDay > 0) || !double.IsFinite(status.Budget))
        {
            return null;
        }

        var lasts = Math.Max(0, remaining) / status.SpentPerDay;
        if (lasts >= daysLeft)
        {
            return null;
        }

        var runsOut = status.Day.AddDays((int)Math.Floor(lasts));
        var figures = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["budget"] = status.Budget, ["spent"] = status.Spent, ["remaining"] = remaining, ["spentPerDay"] = status.SpentPerDay,
            ["daysLeft"] = daysLeft, ["daysBudgetLasts"] = lasts,
        };
        return new ExperimentAlert(AlertKind.BudgetExhaustion, status.Campaign, status.Day, figures, string.Create(CultureInfo.InvariantCulture,
            $"coupon {status.Coupon} of {status.Campaign}: {remaining:0.##} left at {status.SpentPerDay:0.##}/day runs out about {runsOut:yyyy-MM-dd}, before the campaign ends {status.EndsOn:yyyy-MM-dd}"));
    }
}
