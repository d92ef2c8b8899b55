using ScenarioEdge.Campaigns.Compilation;
using ScenarioEdge.Campaigns.Content;
using ScenarioEdge.Campaigns.Triggers;

namespace ScenarioEdge.Campaigns.Decisions;

/// <summary>A campaign that passed every check for a trigger and waits for arbitration.</summary>
public sealed record Candidate(CompiledCampaign Campaign, TriggerFact Fact, Channels Channels, DateTimeOffset DecidedAt);
