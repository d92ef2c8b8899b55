namespace ScenarioEdge.Campaigns.Limits;

/// <summary>One message that went out to a shopper (push, personalised display impression, or both at once).</summary>
public readonly record struct SentEntry(DateTimeOffset At, string Campaign, string Store, string? Visit);
