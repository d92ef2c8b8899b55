using ScenarioEdge.Campaigns.Loading;
using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Campaigns.Management;

/// <summary>The result of a change: the campaign as it is now, or why nothing changed (every problem of an invalid document).</summary>
public sealed record CampaignOutcome(CampaignOutcomeKind Kind, CampaignRecord? Campaign, string? Detail = null, IReadOnlyList<CampaignProblem>? Problems = null)
{
    public static CampaignOutcome NotFound(string id) => new(CampaignOutcomeKind.NotFound, null, $"no campaign '{id}'");

    public static CampaignOutcome Conflict(CampaignRecord? campaign, string detail) => new(CampaignOutcomeKind.Conflict, campaign, detail);

    public static CampaignOutcome Invalid(IReadOnlyList<CampaignProblem> problems) => new(CampaignOutcomeKind.Invalid, null, null, problems);
}
