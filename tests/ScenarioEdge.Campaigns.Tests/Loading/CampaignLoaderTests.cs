using ScenarioEdge.Campaigns.Loading;
using ScenarioEdge.Campaigns.Tests.Support;

namespace ScenarioEdge.Campaigns.Tests.Loading;

public sealed class CampaignLoaderTests
{
    private readonly TestCatalog _catalog = TestCatalog.Demo();

    [Fact]
    public void FromYaml_ValidDocument_Loads()
    {
        var result = CampaignLoader.FromYaml(Yaml.DwellShelf, _catalog);

        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        Assert.Equal("drinks-dwell", result.Document!.Id);
        Assert.Equal("calendarDay", result.Document.Limits!.Caps![0].Per);
    }

    [Fact]
    public void FromJson_SameDocumentAsYaml_LoadsTheSame()
    {
        var yaml = CampaignLoader.FromYaml(Yaml.DwellShelf, _catalog).Document!;

        var json = CampaignLoader.FromJson(CampaignLoader.ToJson(yaml), _catalog);

        Assert.True(json.IsValid, string.Join("\n", json.Problems));
        Assert.Equal(CampaignLoader.ToJson(yaml), CampaignLoader.ToJson(json.Document!));
    }

    [Fact]
    public void FromYaml_ManyProblems_ListsEveryOneByPathAndLine()
    {
        var yaml = """
            id: Bad Id
            version: 0
            name: x
            stores: [store-9]
            colour: red
            trigger:
              kind: dwellShelf
              scene: resting
            conditions:
              - shelves: [shelf-nowhere]
                minConfidence: 2
                minDwellS: lots
            content:
              appPush:
                title: "{shelf}"
                body: "{weather}"
                deepLink: nowhere
            limits:
              quietHours: later
              caps:
                - count: 0
                  per: fortnight
            """;

        var result = CampaignLoader.FromYaml(yaml, _catalog);

        Assert.False(result.IsValid);
        Assert.Null(result.Document);
        var expected = new (string Path, int Line)[]
        {
            ("$.colour", 5), ("$.conditions[0].minDwellS", 12), ("$.id", 1), ("$.version", 2), ("$.stores[0]", 4),
            ("$.trigger.scene", 8), ("$.conditions[0].minConfidence", 11), ("$.content.appPush.body", 16),
            ("$.content.appPush.deepLink", 17), ("$.limits.caps[0].count", 21), ("$.limits.caps[0].per", 22),
            ("$.limits.quietHours", 19),
        };
        foreach (var (path, line) in expected)
        {
            Assert.Contains(result.Problems, p => p.Path == path && p.Line == line);
        }

        // The unknown store leaves nothing to check the shelf against: it is not reported as a second problem.
        Assert.Equal(expected.Length, result.Problems.Count);
    }

    [Fact]
    public void FromJson_WrongTypesAndUnknownFields_ListsEveryOneByPath()
    {
        var json = """{"id":"a","version":"one","name":"n","stores":"store-1","trigger":{"kind":5},"extra":1,"content":{"appPush":{"title":"t","body":"b","deepLink":"app://x","colour":1}}}""";

        var result = CampaignLoader.FromJson(json, _catalog);

        Assert.False(result.IsValid);
        var paths = result.Problems.Select(p => p.Path).ToHashSet();
        Assert.Superset(new HashSet<string> { "$.version", "$.stores", "$.trigger.kind", "$.extra", "$.content.appPush.colour" }, paths);
        Assert.All(result.Problems, p => Assert.Null(p.Line));
    }

    [Fact]
    public void FromYaml_SyntaxError_NamesTheLine()
    {
        var result = CampaignLoader.FromYaml("id: a\nname: [unclosed\nversion: 1\n", _catalog);

        var problem = Assert.Single(result.Problems);
        Assert.Contains("not valid YAML", problem.Message, StringComparison.Ordinal);
        Assert.NotNull(problem.Line);
    }

    [Fact]
    public void FromYaml_Alias_Refused()
    {
        var result = CampaignLoader.FromYaml("id: &a x\nname: *a\n", _catalog);

        Assert.Contains(result.Problems, p => p.Message.Contains("aliases", StringComparison.Ordinal) && p.Line == 2);
    }

    [Fact]
    public void FromYaml_TwoDocuments_Refused()
    {
        var result = CampaignLoader.FromYaml(Yaml.DwellShelf + "\n---\nid: b\n", _catalog);

        Assert.Contains(result.Problems, p => p.Message.Contains("second YAML document", StringComparison.Ordinal));
    }
}
