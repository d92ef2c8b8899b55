using ScenarioEdge.Campaigns.Content;
using ScenarioEdge.Campaigns.Documents;
using ScenarioEdge.Experiments.Funnel;

namespace ScenarioEdge.Campaigns.Compilation;

/// <summary>
/// Turns a validated experiment block into arms: each variant's content compiled like the campaign's and replacing
/// it for that arm (a variant without content sends the campaign's), the holdout an arm of holdoutPercent, the
/// variants sharing the rest by their weights; the salt defaults to the campaign id.
/// </summary>
internal static class ArmCompiler
{
    public static CompiledExperiment Compile(CompiledCampaign campaign, ExperimentSpec? spec, Func<ContentSpec, CompiledContent> content)
    {
        var control = new CompiledArm(ArmNames.GlobalControl, 0, ArmKind.Control, campaign.ForArm(ArmNames.GlobalControl, campaign.Content));
        if (spec is null)
        {
            var only = new CompiledArm(ArmNames.Default, 100, ArmKind.Variant, campaign);
            return new CompiledExperiment(campaign.Id, false, [only], control);
        }

        var total = spec.Variants.Sum(v => v.Weight);
        var share = 100 - spec.HoldoutPercent;
        var arms = spec.Variants
            .Select(v => new CompiledArm(v.Name, share * v.Weight / total, ArmKind.Variant,
                campaign.ForArm(v.Name, v.Content is null ? campaign.Content : content(v.Content))))
            .ToList();
        if (spec.HoldoutPercent > 0)
        {
            arms.Add(new CompiledArm(ArmNames.Holdout, spec.HoldoutPercent, ArmKind.Holdout, campaign.ForArm(ArmNames.Holdout, campaign.Content)));
        }

        return new CompiledExperiment(string.IsNullOrEmpty(spec.Salt) ? campaign.Id : spec.Salt, true, arms, control);
    }
}
