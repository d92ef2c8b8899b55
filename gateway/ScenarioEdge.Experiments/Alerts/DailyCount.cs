using ScenarioEdge.Experiments.Funnel;

namespace ScenarioEdge.Experiments.Alerts;

/// <summary>One day's trials and successes of a rate (exposed → converted, sent → delivered, delivered → opened).</summary>
public readonly record struct DailyCount(DateOnly Day, long Trials, long Successes)
{
    public double Rate => Trials > 0 ? (double)Successes / Trials : double.NaN;

    /// <summary>
    /// Per exposure day, the units that reached <paramref name="from"/> and of those the ones that reached
    /// <paramref name="to"/>; days without any unit are absent.
    /// </summary>
    public static IReadOnlyList<DailyCount> Series(IEnumerable<Journey> journeys, FunnelStage from, FunnelStage to)
    {
        ArgumentNullException.ThrowIfNull(journeys);
        return [.. journeys.Where(j => j.At(from) is not null).GroupBy(j => j.Day).OrderBy(g => g.Key)
            .Select(g => new DailyCount(g.Key, g.LongCount(), g.LongCount(j => j.At(to) is not null)))];
    }
}
