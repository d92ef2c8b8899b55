using ScenarioEdge.Experiments.Assignment;

namespace ScenarioEdge.Campaigns.Compilation;

/// <summary>
/// One arm of a compiled campaign: its name, its share of the assignment, and the campaign as the arm sends it
/// (<see cref="Campaign"/> carries the variant's content in place of the campaign's; for the holdout and the global
/// control it is the campaign unchanged, never sent).
/// </summary>
public sealed class CompiledArm
{
    internal CompiledArm(string name, double weight, ArmKind kind, CompiledCampaign campaign)
    {
        Name = name;
        Kind = kind;
        Campaign = campaign;
        Assignment = new Arm(name, weight, kind == ArmKind.Holdout);
    }

    public string Name { get; }

    public ArmKind Kind { get; }

    /// <summary>The campaign with this arm's content (and <see cref="CompiledCampaign.Arm"/> naming it).</summary>
    public CompiledCampaign Campaign { get; }

    /// <summary>The arm as the assigner sees it: name and weight (percent of units).</summary>
    public Arm Assignment { get; }

    /// <summary>Whether units in this arm are sent the campaign (variants are; holdout and control are only measured).</summary>
    public bool Sends => Kind == ArmKind.Variant;

    public override string ToString() => $"{Name} ({Assignment.Weight:0.##}%)";
}
