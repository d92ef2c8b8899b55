namespace ScenarioEdge.Campaigns.Limits;

/// <summary>
/// One message that went out to a shopper (push, personalised display impression, or both at once), with the event
/// time of the trigger that caused it, so a replayed trigger is recognised.
/// </summary>
public readonly record struct SentEntry(DateTimeOffset At, string Campaign, string Store, string? Visit, DateTimeOffset? Trigger = null);
