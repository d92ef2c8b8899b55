using ScenarioEdge.Experiments.Assignment;
using ScenarioEdge.Experiments.Funnel;

namespace ScenarioEdge.Campaigns.Compilation;

/// <summary>
/// A campaign's arms as compiled: the variants with their content and weights scaled to the share left by the
/// holdout, then the holdout. A campaign without an experiment block has one arm, <see cref="ArmNames.Default"/>.
/// Weights are in percent of units and add up to 100.
/// </summary>
public sealed class CompiledExperiment
{
    internal CompiledExperiment(string salt, bool declared, IReadOnlyList<CompiledArm> arms, CompiledArm control)
    {
        Salt = salt;
        Declared = declared;
        Arms = arms;
        Control = control;
        Assignment = [.. arms.Select(a => a.Assignment)];
    }

    /// <summary>Salt of the assignment hash: the experiment's, or the campaign id.</summary>
    public string Salt { get; }

    /// <summary>Whether the document has an experiment block (false: the one default arm).</summary>
    public bool Declared { get; }

    public IReadOnlyList<CompiledArm> Arms { get; }

    /// <summary>The arm a shopper in the global control group is in, for this campaign (never one of <see cref="Arms"/>).</summary>
    public CompiledArm Control { get; }

    /// <summary>The arms as the assigner takes them.</summary>
    public IReadOnlyList<Arm> Assignment { get; }

    /// <summary>The arm named <paramref name="name"/>, or null (a variant removed in a later version).</summary>
    public CompiledArm? Find(string name)
    {
        if (name == Control.Name)
        {
            return Control;
        }

        foreach (var arm in Arms)
        {
            if (arm.Name == name)
            {
                return arm;
            }
        }

        return null;
    }

    /// <summary>The unit's arm by the hash alone, without stickiness or global control (the host adds both).</summary>
    public CompiledArm Assign(string unit) =>
        Arms.Count == 1 ? Arms[0] : Find(Assigner.Assign(Salt, unit, Assignment).Name)!;
}
