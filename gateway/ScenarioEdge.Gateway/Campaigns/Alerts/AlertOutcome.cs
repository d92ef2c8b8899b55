using ScenarioEdge.Campaigns.Loading;

namespace ScenarioEdge.Gateway.Campaigns.Alerts;

/// <summary>What became of a posted alert: 201, 200 for a replay of the same id, 400, 409 or 429.</summary>
public sealed record AlertOutcome(AlertOutcomeKind Kind, PostedAlert? Alert, string? Detail = null, IReadOnlyList<CampaignProblem>? Problems = null);

public enum AlertOutcomeKind
{
    Posted,
    Replayed,
    Invalid,
    Conflict,
    RateLimited,
}
