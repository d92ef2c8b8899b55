namespace ScenarioEdge.Simulation.Evaluation;

/// <summary>
/// Leave-one-user-out evaluation: for each user, the free settings (<see cref="TransportSetting"/>) are chosen on
/// the other users only, then the held-out user is scored with them. The baseline is a single threshold on the
/// acceleration spread of each window alone, chosen the same way.
/// </summary>
public static class LeaveOneUserOut
{
    public static readonly double[] StillThresholds = [0.03, 0.05, 0.07];

    public static readonly double[] StillWeights = [1, 2, 3];

    /// <summary>Sound trust 0 (unused), or one of the trusts at each quiet level.</summary>
    public static readonly (double Weight, double QuietDb)[] SoundChoices = [(0, 75), (0.3, 70), (0.3, 75), (0.3, 80), (0.5, 70), (0.5, 75), (0.5, 80)];

    /// <summary>Every setting tried: the still threshold and weight, and the sound level's if asked (otherwise unused).</summary>
    public static TransportSetting[] Grid(bool sound = true) =>
    [
        .. from s in StillThresholds
           from w in StillWeights
           from level in sound ? SoundChoices : [(0, 75)]
           select new TransportSetting(s, w, level.Weight, level.QuietDb),
    ];

    /// <summary>The summed reports, and per held-out user the setting chosen on the others and that user's own report.</summary>
    public static (EvaluationReport Engine, EvaluationReport Baseline, Dictionary<string, (TransportSetting Setting, EvaluationReport Report)> Chosen) Run(
        Dictionary<string, List<LabelledRow>> users, Func<TransportSetting, ISceneJudge> judge, TransportSetting[]? grid = null)
    {
        var settings = grid ?? Grid();
        // Per user and setting, the engine's report once: fitting then only sums confusion counts.
        var scored = users.AsParallel().ToDictionary(u => u.Key, u => settings.Select(g => SceneEvaluator.Run(u.Value, judge(g))).ToArray(), StringComparer.Ordinal);
        var engine = new EvaluationReport();
        var baseline = new EvaluationReport();
        var chosen = new Dictionary<string, (TransportSetting, EvaluationReport)>(StringComparer.Ordinal);
        foreach (var held in users.Keys)
        {
            var training = users.Keys.Where(u => u != held).ToList();
            var best = Enumerable.Range(0, settings.Length)
                .MaxBy(i => Merge(training.Select(u => scored[u][i])).MacroF1);
            chosen[held] = (settings[best], scored[held][best]);
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
