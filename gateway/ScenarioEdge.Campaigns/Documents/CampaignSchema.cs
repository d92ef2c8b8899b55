namespace ScenarioEdge.Campaigns.Documents;

/// <summary>
/// The JSON Schema of campaign documents (<see cref="DocumentSchema"/>). Published as docs/campaign.schema.json; a
/// test keeps the file equal to this output.
/// </summary>
public static class CampaignSchema
{
    public static string Generate() => DocumentSchema.Generate(
        CampaignJsonContext.Default.Options, typeof(CampaignDocument), "https://scenarioedge.example/schemas/campaign.schema.json", "ScenarioEdge campaign");
}
