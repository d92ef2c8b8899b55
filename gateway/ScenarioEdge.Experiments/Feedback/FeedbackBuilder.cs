using ScenarioEdge.Experiments.Funnel;
using ScenarioEdge.Experiments.Statistics;

namespace ScenarioEdge.Experiments.Feedback;

/// <summary>
/// Builds the scene feedback report. Descriptive, not causal: a level converting less may be one where other
/// things differ too (a far shelf at rush hour). Intervals are per level, uncorrected for the many levels shown;
/// read them as where to look, not as findings.
/// </summary>
public static class FeedbackBuilder
{
    public static FeedbackReport Build(string campaign, IEnumerable<Journey> journeys, double confidence = 0.95)
    {
        ArgumentNullException.ThrowIfNull(journeys);
        var engaged = journeys.Where(j => j.OpenedAt is not null || j.ClickedAt is not null)
            .Select(j => (Features: j.Features, Converted: j.RedeemedAt is not null || j.PurchasedAt is not null))
            .ToList();
        long total = engaged.Count, converted = engaged.LongCount(e => e.Converted);
        var features = FeedbackBands.Features.Select(f => new FeatureBreakdown(f.Feature, Levels(engaged, f.Level, total, converted, confidence))).ToList();
        return new FeedbackReport(campaign, total, converted, total - converted, features);
    }

    private static LevelDifference[] Levels(List<(JourneyFeatures? Features, bool Converted)> engaged, Func<JourneyFeatures, string> level, long total, long converted, double confidence) =>
        [.. engaged.GroupBy(e => e.Features is null ? FeedbackBands.Unknown : level(e.Features), StringComparer.Ordinal)
            .Select(g =>
            {
                long n = g.LongCount(), x = g.LongCount(e => e.Converted);
                long restN = total - n, restX = converted - x;
                return new LevelDifference(g.Key, n, x, Wilson.Of(x, n, confidence), restN, restX, Wilson.Of(restX, restN, confidence), Lift.Absolute(x, n, restX, restN, confidence));
            })
            .OrderByDescending(l => double.IsNaN(l.Difference.Estimate) ? double.NegativeInfinity : l.Difference.Estimate)
            .ThenBy(l => l.Level, StringComparer.Ordinal)];
}
