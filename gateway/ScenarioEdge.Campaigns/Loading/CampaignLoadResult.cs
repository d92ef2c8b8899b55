using ScenarioEdge.Campaigns.Documents;

namespace ScenarioEdge.Campaigns.Loading;

/// <summary>A loaded campaign, or every problem that refuses it (the document is refused whole).</summary>
public sealed record CampaignLoadResult(CampaignDocument? Document, IReadOnlyList<CampaignProblem> Problems)
{
    public bool IsValid => Document is not null && Problems.Count == 0;
}
