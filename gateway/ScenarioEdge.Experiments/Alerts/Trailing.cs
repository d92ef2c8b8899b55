namespace ScenarioEdge.Experiments.Alerts;

/// <summary>The pooled rate over the days in a window that had enough trials, or NaN when too few such days.</summary>
internal static class Trailing
{
    public static (double Rate, int Days, long Trials) Pooled(Dictionary<DateOnly, DailyCount> byDay, DateOnly first, int days, long minimumTrials, int minimumDays)
    {
        long trials = 0, successes = 0;
        var counted = 0;
        for (var d = 0; d < days; d++)
        {
            if (byDay.TryGetValue(first.AddDays(d), out var c) && c.Trials >= minimumTrials)
            {
                trials += c.Trials;
                successes += c.Successes;
                counted++;
            }
        }

        return (counted >= minimumDays && trials > 0 ? (double)successes / trials : double.NaN, counted, trials);
    }
}
