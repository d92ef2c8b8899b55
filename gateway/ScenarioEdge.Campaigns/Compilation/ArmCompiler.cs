using ScenarioEdge.Campaigns.Content;
using ScenarioEdge.Campaigns.Documents;
using ScenarioEdge.Experiments.Funnel;

namespace ScenarioEdge.Campaigns.Compilation;

/// <summary>
/// Turns a validated experiment block into arms (<see cref="ExperimentArms"/> for the weights): each variant's
/// content compiled like the campaign's and replacing it for that arm (a variant without content sends the
/// campaign's), the holdout an arm of holdoutPercent; the salt defaults to the campaign id.
/// </summary>
internal static class ArmCompiler
{
    public static CompiledExperiment Compile(CompiledCampaign campaign, ExperimentSpec? spec, Func<ContentSpec, CompiledContent> content)
    {
        var control = new CompiledArm(ArmNames.GlobalControl, 0, ArmKind.Control, campaign.ForArm(ArmNames.GlobalControl, campaign.Content));
        var weights = ExperimentArms.Of(spec);
        if (spec is null)
        {
            return new CompiledExperiment(campaign.Id, false, [new CompiledArm(ArmNames.Default, 100, ArmKind.Variant, campaign)], control);
        }

        var arms = weights.Select((w, i) => w.Holdout
            ? new CompiledArm(w.Name, w.Weight, ArmKind.Holdout, campaign.ForArm(w.Name, campaign.Content))
            : new CompiledArm(w.Name, w.Weight, ArmKind.Variant,
                campaign.ForArm(w.Name, spec.Variants[i].Content is { } own ? content(own) : campaign.Content))).ToList();
        return new CompiledExperiment(ExperimentArms.Salt(campaign.Document), true, arms, control);
    }
}
