namespace ScenarioEdge.Campaigns.Limits;

/// <summary>What a shopper's limits remember of one campaign: its last send and last dismissal (for cooldowns).</summary>
public sealed record CampaignMemory(string Campaign, DateTimeOffset? LastSent, DateTimeOffset? LastDismissed);
