using ScenarioEdge.Campaigns.Limits;
using ScenarioEdge.Campaigns.Triggers;

namespace ScenarioEdge.Campaigns.Decisions;

/// <summary>
/// A send deferred to the end of the store's quiet hours. Plain data for the host to persist (deferred messages
/// survive a restart); at <see cref="Until"/> the host calls <see cref="CampaignDecider.Release"/>.
/// </summary>
public sealed record DeferredDecision(string Campaign, int CampaignVersion, TriggerFact Fact, DateTimeOffset Until, QuietHoursPolicy Policy);
