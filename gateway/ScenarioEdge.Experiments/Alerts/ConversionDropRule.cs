using System.Globalization;

namespace ScenarioEdge.Experiments.Alerts;

/// <summary>
/// Daily conversion below <see cref="Ratio"/> (80%) of its own trailing mean for <see cref="RunDays"/> (3)
/// consecutive days. The trailing mean is the pooled rate over the <see cref="TrailingDays"/> (7) days before the
/// run starts, so the decline being detected does not drag its own yardstick down. A day counts (in the run or in
/// the window) only with at least <see cref="MinimumTrials"/> exposures, and a run day only when the trailing rate
/// expects at least <see cref="MinimumExpectedConversions"/> conversions that day: below that one day's rate is
/// noise, and three noisy days in a row come up too often by chance. The window needs
/// <see cref="MinimumTrailingDays"/> (4) such days. Fires on every day that ends such a run.
/// </summary>
public sealed record ConversionDropRule
{
    public double Ratio { get; init; } = 0.8;
    public int RunDays { get; init; } = 3;
    public int TrailingDays { get; init; } = 7;
    public int MinimumTrailingDays { get; init; } = 4;
    public long MinimumTrials { get; init; } = 100;
    public double MinimumExpectedConversions { get; init; } = 40;

    public IReadOnlyList<ExperimentAlert> Evaluate(string campaign, IReadOnlyList<DailyCount> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        var byDay = days.ToDictionary(d => d.Day);
        var alerts = new List<ExperimentAlert>();
        foreach (var end in days.Select(d => d.Day).Order())
        {
            var start = end.AddDays(1 - RunDays);
            var (baseline, windowDays, _) = Trailing.Pooled(byDay, start.AddDays(-TrailingDays), TrailingDays, MinimumTrials, MinimumTrailingDays);
            if (double.IsNaN(baseline) || baseline == 0)
            {
                continue;
            }

            var run = Enumerable.Range(0, RunDays).Select(i => byDay.GetValueOrDefault(start.AddDays(i))).ToArray();
            if (run.All(c => c.Trials >= MinimumTrials && c.Trials * baseline >= MinimumExpectedConversions && c.Rate < Ratio * baseline))
            {
                var figures = new Dictionary<string, double>(StringComparer.Ordinal) { ["trailingRate"] = baseline, ["trailingDays"] = windowDays, ["threshold"] = Ratio * baseline };
                for (var i = 0; i < run.Length; i++)
                {
                    figures[$"rate{i + 1}"] = run[i].Rate;
                    figures[$"exposed{i + 1}"] = run[i].Trials;
                }

                alerts.Add(new ExperimentAlert(AlertKind.ConversionDrop, campaign, end, figures, string.Create(CultureInfo.InvariantCulture,
                    $"conversion of {campaign} below {Ratio:P0} of its trailing mean {baseline:P2} for {RunDays} days ({string.Join(", ", run.Select(c => c.Rate.ToString("P2", CultureInfo.InvariantCulture)))}) up to {end:yyyy-MM-dd}")));
            }
        }

        return alerts;
    }
}
