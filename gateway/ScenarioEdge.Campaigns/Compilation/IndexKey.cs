using ScenarioEdge.Campaigns.Triggers;
using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.Campaigns.Compilation;

/// <summary>The first level of the campaign index: trigger kind, scene (for scene kinds) and store.</summary>
public readonly record struct IndexKey(TriggerKind Kind, SceneState Scene, string Store)
{
    public static IndexKey Of(in TriggerFact fact) =>
        new(fact.Kind, TriggerKinds.HasScene(fact.Kind) ? fact.Scene : SceneState.Unknown, fact.Store);
}
