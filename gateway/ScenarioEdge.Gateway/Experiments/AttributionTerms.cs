using ScenarioEdge.Campaigns.Compilation;

namespace ScenarioEdge.Gateway.Experiments;

/// <summary>What one campaign version may claim: purchases of these products inside this window.</summary>
public sealed record AttributionTerms(CampaignAttribution Rule, IReadOnlySet<string> Skus, IReadOnlySet<string> Categories);
