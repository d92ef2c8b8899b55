using ScenarioEdge.Experiments.Funnel;
using ScenarioEdge.Experiments.Statistics;

namespace ScenarioEdge.Experiments.Reports;

/// <summary>The comparison rows: <see cref="Comparison.Against"/>, plus the always-valid p replayed day by day.</summary>
internal static class ReportLift
{
    public static LiftRow[] Rows(List<Journey> journeys, Dictionary<string, ArmTally> tallies, ArmLayout layout, ArmSlot baseline, ReportOptions options)
    {
        var stage = options.ConversionStage;
        var variants = layout.Variants.ToList();
        var baseCounts = Counts(tallies, baseline.Name, stage);
        var comparisons = Comparison.Against(baseCounts, [.. variants.Select(v => Counts(tallies, v.Name, stage))], options.Alpha, options.MinimumPerArm);
        var sequential = options.Sequential ? AlwaysValid(journeys, variants, baseline, options) : null;
        var baseRate = Wilson.Of(baseCounts.Converted, baseCounts.Exposed, 1 - options.Alpha);
        return [.. comparisons.Select((c, i) => new LiftRow(
            c.Arm, baseline.Name, c.Conversion, baseRate, c.AbsoluteLift, c.RelativeLift, c.Z, c.P, c.AdjustedP,
            c.RevenueT, c.RevenueP, c.RevenueDifference, sequential?[i], c.Verdict))];
    }

    private static ArmCounts Counts(Dictionary<string, ArmTally> tallies, string arm, FunnelStage stage) =>
        (tallies.GetValueOrDefault(arm) ?? new ArmTally()).Counts(arm, stage);

    /// <summary>
    /// The mixture SPRT looked at once per exposure day, over the cumulative cohorts with their outcomes as known
    /// now: the smallest 1/Λ over the looks, so a report read daily does not inflate false positives.
    /// </summary>
    private static double[] AlwaysValid(List<Journey> journeys, List<ArmSlot> variants, ArmSlot baseline, ReportOptions options)
    {
        var byDay = journeys.GroupBy(j => j.Day).OrderBy(g => g.Key).ToList();
        var names = variants.Select(v => v.Name).Append(baseline.Name).ToList();
        var exposed = new long[names.Count];
        var converted = new long[names.Count];
        var p = Enumerable.Repeat(1.0, variants.Count).ToArray();
        foreach (var day in byDay)
        {
            foreach (var journey in day)
            {
                var i = names.IndexOf(journey.Arm);
                if (i >= 0)
                {
                    exposed[i]++;
                    converted[i] += journey.At(options.ConversionStage) is null ? 0 : 1;
                }
            }

            var b = names.Count - 1;
            for (var v = 0; v < variants.Count; v++)
            {
                p[v] = MixtureSprt.AlwaysValidP(p[v], converted[v], exposed[v], converted[b], exposed[b], options.SequentialTau);
            }
        }

        return p;
    }
}
