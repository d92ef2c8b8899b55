using ScenarioEdge.Experiments.Funnel;
using ScenarioEdge.Experiments.Statistics;

namespace ScenarioEdge.Experiments.Reports;

/// <summary>
/// Where the arms' weights must hold, and so where a sample-ratio check means something:
/// <list type="bullet">
/// <item>Exposed: every configured arm (and the global control with its share when given). Exposure is logged at
/// decision time for every arm, so any skew here is a broken assignment or a lost exposure log.</item>
/// <item>Sent and Delivered: among the variants only (at least two). The holdout and the control are never sent, by
/// design; caps and quiet hours apply alike to every variant, so the variants' ratio still holds, and a lossy
/// channel for one variant shows up here.</item>
/// </list>
/// From Opened on, the variants' messages differ on purpose, so a different ratio is the effect, not a fault.
/// </summary>
internal static class ReportSampleRatio
{
    public static SampleRatioCheck[] Checks(Dictionary<string, ArmTally> tallies, ArmLayout layout, double controlShare)
    {
        var checks = new List<SampleRatioCheck>();
        var exposed = layout.Configured.Select(a => (a.Name, Weight: a.Weight!.Value)).ToList();
        var weightSum = exposed.Sum(a => a.Weight);
        if (controlShare is > 0 and < 1)
        {
            exposed = [.. exposed.Select(a => (a.Name, a.Weight / weightSum * (1 - controlShare))), (ArmNames.GlobalControl, controlShare)];
        }

        Add(checks, tallies, FunnelStage.Exposed, exposed);
        var variants = layout.Variants.Select(a => (a.Name, Weight: a.Weight!.Value)).ToList();
        Add(checks, tallies, FunnelStage.Sent, variants);
        Add(checks, tallies, FunnelStage.Delivered, variants);
        return [.. checks];
    }

    private static void Add(List<SampleRatioCheck> checks, Dictionary<string, ArmTally> tallies, FunnelStage stage, List<(string Name, double Weight)> arms)
    {
        var observed = arms.Select(a => tallies.GetValueOrDefault(a.Name)?[stage] ?? 0).ToArray();
        if (arms.Count < 2 || observed.Sum() == 0)
        {
            return;
        }

        var sum = arms.Sum(a => a.Weight);
        var (chi, df, p, mismatch) = SampleRatio.Of(observed, [.. arms.Select(a => a.Weight)]);
        checks.Add(new SampleRatioCheck(stage, [.. arms.Select(a => a.Name)], observed, [.. arms.Select(a => a.Weight / sum)], chi, df, p, mismatch));
    }
}
