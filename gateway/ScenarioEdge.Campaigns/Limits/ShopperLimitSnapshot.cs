namespace ScenarioEdge.Campaigns.Limits;

/// <summary>
/// The serialisable shape of a shopper's limit state, for the host to persist (LiteDB today, grain state later):
/// plain arrays of plain records, nothing derived.
/// </summary>
public sealed record ShopperLimitSnapshot(string Shopper, SentEntry[] Sent, CampaignMemory[] Campaigns);
