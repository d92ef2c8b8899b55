namespace ScenarioEdge.Campaigns.Limits;

/// <summary>The rule that stops a send, and when the shopper is eligible again under it (null: not before the visit ends).</summary>
public readonly record struct CapVerdict(string Rule, DateTimeOffset? EligibleAt);
