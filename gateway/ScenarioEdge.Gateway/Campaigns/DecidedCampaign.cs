using ScenarioEdge.Campaigns.Triggers;

namespace ScenarioEdge.Gateway.Campaigns;

/// <summary>A campaign decided for one trigger (kind and store) of a scene change: a second look leaves it alone.</summary>
internal readonly record struct DecidedCampaign(TriggerKind Kind, string Store, string Campaign);
