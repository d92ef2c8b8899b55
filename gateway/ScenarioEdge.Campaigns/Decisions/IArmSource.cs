using ScenarioEdge.Campaigns.Compilation;
using ScenarioEdge.Campaigns.Triggers;

namespace ScenarioEdge.Campaigns.Decisions;

/// <summary>
/// Which arm of a campaign the trigger's unit is in. The host's answer is sticky (the arm persisted
/// at the unit's first exposure) and puts the global control group first; without a host,
/// <see cref="CompiledExperiment.Assign"/> decides by the hash alone.
/// </summary>
public interface IArmSource
{
    CompiledArm ArmOf(CompiledCampaign campaign, in TriggerFact fact);
}
