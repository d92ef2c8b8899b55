using ScenarioEdge.Campaigns.Loading;

namespace ScenarioEdge.Campaigns.Compilation;

/// <summary>A document that does not validate was given to the compiler; the message lists every problem.</summary>
public sealed class CampaignInvalidException : Exception
{
    public CampaignInvalidException(IReadOnlyList<CampaignProblem> problems)
        : base("campaign is invalid: " + string.Join("; ", problems)) => Problems = problems;

    public CampaignInvalidException()
        : this([])
    {
    }

    public CampaignInvalidException(string message)
        : base(message) => Problems = [];

    public CampaignInvalidException(string message, Exception inner)
        : base(message, inner) => Problems = [];

    public IReadOnlyList<CampaignProblem> Problems { get; }
}
