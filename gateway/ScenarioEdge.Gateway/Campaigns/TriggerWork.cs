using ScenarioEdge.Campaigns.Triggers;

namespace ScenarioEdge.Gateway.Campaigns;

/// <summary>A trigger on its way to the campaign runtime, with the TimeProvider timestamp of its signal's arrival (0 when none).</summary>
internal readonly record struct TriggerWork(TriggerFact Fact, long Arrival);
