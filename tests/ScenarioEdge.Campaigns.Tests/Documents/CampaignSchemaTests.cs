using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using ScenarioEdge.Campaigns.Documents;

namespace ScenarioEdge.Campaigns.Tests.Documents;

public sealed class CampaignSchemaTests
{
    /// <summary>
    /// The published schema is the model's: when the model changes, regenerate it with
    /// <c>SE_WRITE_CAMPAIGN_SCHEMA=1 dotnet test tests/ScenarioEdge.Campaigns.Tests --filter "FullyQualifiedName~CampaignSchema"</c>.
    /// </summary>
    [Fact]
    public void Generate_CommittedSchema_MatchesTheModel()
    {
        var generated = CampaignSchema.Generate();
        var committed = Path.Combine(RepositoryRoot(), "docs", "campaign.schema.json");
        if (Environment.GetEnvironmentVariable("SE_WRITE_CAMPAIGN_SCHEMA") == "1")
        {
            File.WriteAllText(committed, generated);
        }

        Assert.True(generated == File.ReadAllText(committed).ReplaceLineEndings("\n"),
            "docs/campaign.schema.json differs from the model: regenerate it (see this test's summary)");
    }

    [Fact]
    public void Generate_Schema_DescribesEveryFieldAndRefusesUnknownOnes()
    {
        var schema = JsonNode.Parse(CampaignSchema.Generate())!.AsObject();

        Assert.False(schema["additionalProperties"]!.GetValue<bool>());
        var properties = schema["properties"]!.AsObject();
        Assert.Equal(["id", "version", "name", "stores", "schedule", "trigger", "conditions", "audience", "content", "limits", "priority", "offerValue", "experiment", "attribution"],
            properties.Select(p => p.Key));
        Assert.All(properties, p => Assert.False(string.IsNullOrEmpty(p.Value!["description"]?.GetValue<string>()), p.Key));
    }

    internal static string RepositoryRoot([CallerFilePath] string file = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, "..", "..", ".."));
}
