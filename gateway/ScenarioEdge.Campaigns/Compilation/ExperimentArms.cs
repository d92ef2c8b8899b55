using ScenarioEdge.Campaigns.Documents;
using ScenarioEdge.Experiments.Assignment;
using ScenarioEdge.Experiments.Funnel;

namespace ScenarioEdge.Campaigns.Compilation;

/// <summary>
/// A campaign's arms and their weights in percent of units, from its document: the variants share what the holdout
/// leaves by their relative weights, then the holdout; without an experiment block, one arm <c>default</c> of 100.
/// The compiler uses it, and a report uses it for the expected split (sample-ratio check) of a campaign no longer active.
/// </summary>
public static class ExperimentArms
{
    public static IReadOnlyList<Arm> Of(ExperimentSpec? spec)
    {
        if (spec is null || spec.Variants.Count == 0)
        {
            return [new Arm(ArmNames.Default, 100)];
        }

        var total = spec.Variants.Sum(v => v.Weight);
        var share = 100 - spec.HoldoutPercent;
        var arms = spec.Variants.Select(v => new Arm(v.Name, share * v.Weight / total)).ToList();
        if (spec.HoldoutPercent > 0)
        {
            arms.Add(new Arm(ArmNames.Holdout, spec.HoldoutPercent, Holdout: true));
        }

        return arms;
    }

    /// <summary>The salt of the assignment hash: the experiment's, or the campaign id.</summary>
    public static string Salt(CampaignDocument doc) =>
        doc?.Experiment?.Salt is { Length: > 0 } salt ? salt : doc?.Id ?? throw new ArgumentNullException(nameof(doc));
}
