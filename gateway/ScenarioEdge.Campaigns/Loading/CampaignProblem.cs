namespace ScenarioEdge.Campaigns.Loading;

/// <summary>One thing wrong with a campaign document: where (JSON path, and line for YAML) and what.</summary>
public sealed record CampaignProblem(string Path, string Message, int? Line = null)
{
    public override string ToString() => Line is { } line ? $"{Path} (line {line}): {Message}" : $"{Path}: {Message}";
}
