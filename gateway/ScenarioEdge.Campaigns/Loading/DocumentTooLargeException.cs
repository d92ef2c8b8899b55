namespace ScenarioEdge.Campaigns.Loading;

/// <summary>Stops a parse at the first size limit exceeded: past it, reading on would cost what the limit prevents.</summary>
internal sealed class DocumentTooLargeException(CampaignProblem problem) : Exception(problem.ToString())
{
    public CampaignProblem Problem { get; } = problem;
}
