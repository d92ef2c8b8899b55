namespace ScenarioEdge.Simulation.Evaluation;

/// <summary>
/// Leave-one-user-out evaluation: for each user, the two free settings (the acceleration spread at which a phone
/// counts as still, and the weight of a still window) are chosen on the other users only, then the held-out user is scored with it. The baseline is a
/// single threshold on the acceleration spread of each window alone, chosen the same way.
/// </summary>
public static class LeaveOneUserOut
{
    public static readonly double[] StillThresholds = [0.03, 0.05, 0.07];

    public static readonly double[] StillWeights = [1, 2, 3];

    private static readonly (double Still, double Weight)[] Grid = [.. StillThresholds.SelectMany(s => StillWeights.Select(w => (s, w)))];

    public static (EvaluationReport Engine, EvaluationReport Baseline, Dictionary<string, (double Still, double Weight)> Chosen) Run(
        Dictionary<string, List<LabelledRow>> users, Func<double, double, ISceneJudge> judge)
    {
        // Per user and threshold, the engine's report once: fitting then only sums confusion counts.
        var scored = users.ToDictionary(u => u.Key, u => Grid.Select(g => SceneEvaluator.Run(u.Value, judge(g.Still, g.Weight))).ToArray(), StringComparer.Ordinal);
        var engine = new EvaluationReport();
        var baseline = new EvaluationReport();
        var chosen = new Dictionary<string, (double Still, double Weight)>(StringComparer.Ordinal);
        foreach (var held in users.Keys)
        {
            var training = users.Keys.Where(u => u != held).ToList();
            var best = Enumerable.Range(0, Grid.Length)
                .MaxBy(i => Merge(training.Select(u => scored[u][i])).MacroF1);
            chosen[held] = Grid[best];
            Append(engine, scored[held][best]);

            var cut = BestCut(training.SelectMany(u => users[u]));
            foreach (var row in users[held].Where(r => r.Label is not null))
            {
                baseline.Add(row.Label!, Classify(row, cut));
            }
        }

        return (engine, baseline, chosen);
    }

    private static string Classify(LabelledRow row, double cut) => row.AccelStd is { } a ? (a < cut ? "resting" : "commuting") : "commuting";

    private static double BestCut(IEnumerable<LabelledRow> rows)
    {
        var list = rows.Where(r => r.Label is not null).ToList();
        var candidates = Enumerable.Range(1, 200).Select(i => i * 0.005);
        return candidates.MaxBy(cut => list.Count(r => Classify(r, cut) == r.Label));
    }

    private static EvaluationReport Merge(IEnumerable<EvaluationReport> reports)
    {
        var merged = new EvaluationReport();
        foreach (var r in reports)
        {
            Append(merged, r);
        }

        return merged;
    }

    private static void Append(EvaluationReport into, EvaluationReport from)
    {
        foreach (var t in LabelledCsv.Labels)
        {
            foreach (var p in EvaluationReport.Predictions)
            {
                for (var i = 0; i < from.Count(t, p); i++)
                {
                    into.Add(t, p);
                }
            }
        }

        into.TrueTransitions += from.TrueTransitions;
        into.PredictedTransitions += from.PredictedTransitions;
        into.Hours += from.Hours;
    }
}
