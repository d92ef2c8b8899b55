using System.Globalization;

namespace ScenarioEdge.Experiments.Alerts;

/// <summary>
/// A delivery rate (delivered of sent) or open rate (opened of delivered) collapsing: the day's rate below
/// <see cref="Ratio"/> (50%) of the pooled rate of the <see cref="TrailingDays"/> (7) days before it, with at least
/// <see cref="MinimumTrials"/> (50) trials that day and on at least <see cref="MinimumTrailingDays"/> (3) window
/// days. One day is enough: halving is not noise at that volume (with 50 sends at a 90% delivery rate, a rate under
/// 45% is more than nine standard deviations away), and a broken channel must be seen the same day.
/// </summary>
public sealed record RateCollapseRule(AlertKind Kind)
{
    public double Ratio { get; init; } = 0.5;
    public int TrailingDays { get; init; } = 7;
    public int MinimumTrailingDays { get; init; } = 3;
    public long MinimumTrials { get; init; } = 50;

    public static RateCollapseRule Delivery => new(AlertKind.DeliveryCollapse);

    public static RateCollapseRule Opens => new(AlertKind.OpenCollapse);

    public IReadOnlyList<ExperimentAlert> Evaluate(string campaign, IReadOnlyList<DailyCount> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        var byDay = days.ToDictionary(d => d.Day);
        var what = Kind == AlertKind.DeliveryCollapse ? "delivery rate" : "open rate";
        var alerts = new List<ExperimentAlert>();
        foreach (var today in days.OrderBy(d => d.Day))
        {
            var (baseline, windowDays, _) = Trailing.Pooled(byDay, today.Day.AddDays(-TrailingDays), TrailingDays, MinimumTrials, MinimumTrailingDays);
            if (today.Trials < MinimumTrials || double.IsNaN(baseline) || !(today.Rate < Ratio * baseline))
            {
                continue;
            }

            var figures = new Dictionary<string, double>(StringComparer.Ordinal)
            {
                ["rate"] = today.Rate, ["trials"] = today.Trials, ["trailingRate"] = baseline, ["trailingDays"] = windowDays, ["threshold"] = Ratio * baseline,
            };
            alerts.Add(new ExperimentAlert(Kind, campaign, today.Day, figures, string.Create(CultureInfo.InvariantCulture,
                $"{what} of {campaign} on {today.Day:yyyy-MM-dd} is {today.Rate:P1} of {today.Trials}, under {Ratio:P0} of its trailing {baseline:P1}")));
        }

        return alerts;
    }
}
