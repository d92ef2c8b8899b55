using System.Diagnostics;
using System.Text;
using ScenarioEdge.Campaigns.Loading;
using ScenarioEdge.Campaigns.Tests.Support;
using static ScenarioEdge.Campaigns.Tests.Support.Campaigns;

namespace ScenarioEdge.Campaigns.Tests.Loading;

public sealed class DocumentLimitsTests
{
    private readonly TestCatalog _catalog = TestCatalog.Demo();

    [Fact]
    public void FromYaml_ThousandsOfConditions_RefusedByTheConditionLimit()
    {
        var conditions = "[" + string.Join(", ", Enumerable.Repeat("{minConfidence: 0.5}", 3_000)) + "]";
        var limits = DocumentLimits.Default with { MaxBytes = 1 << 20, MaxNodes = 100_000, MaxListLength = 10_000 };

        var result = Timed(() => CampaignLoader.FromYaml(Minimal("c", "{kind: storeEntered}", conditions), _catalog, limits));

        Assert.Contains(result.Problems, p => p.Path == "$.conditions" && p.Message == "3000 conditions: at most 64");
    }

    [Fact]
    public void FromYaml_ThousandsOfConditionsWithDefaultLimits_RefusedBeforeAnyCheck()
    {
        var conditions = "[" + string.Join(", ", Enumerable.Repeat("{minConfidence: 0.5}", 3_000)) + "]";

        var result = Timed(() => CampaignLoader.FromYaml(Minimal("c", "{kind: storeEntered}", conditions), _catalog));

        var problem = Assert.Single(result.Problems);
        Assert.EndsWith("bytes: at most 65536", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromYaml_DeeplyNestedAnyOf_RefusedByTheConditionDepthLimit()
    {
        var nested = "{minConfidence: 0.1}";
        for (var i = 0; i < 5; i++)
        {
            nested = $"{{anyOf: [{nested}]}}";
        }

        var result = CampaignLoader.FromYaml(Minimal("c", "{kind: storeEntered}", $"[{nested}]"), _catalog);

        Assert.Contains(result.Problems, p => p.Path == "$.conditions" && p.Message.Contains("anyOf nested deeper than 3 levels", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Load_NestingThousandsDeep_RefusedWhileParsing(bool yaml)
    {
        var depth = 20_000;
        var text = yaml
            ? "id: c\nconditions: " + new string('[', depth) + new string(']', depth)
            : "{\"id\":\"c\",\"conditions\":" + new string('[', depth) + new string(']', depth) + "}";

        var result = Timed(() => yaml ? CampaignLoader.FromYaml(text, _catalog) : CampaignLoader.FromJson(text, _catalog));

        var problem = Assert.Single(result.Problems);
        Assert.Contains("nesting deeper than 16 levels", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromJson_OverTheByteLimit_RefusedWithoutParsing()
    {
        var huge = "{\"name\":\"" + new string('x', 100_000) + "\"}";

        var problem = Assert.Single(CampaignLoader.FromJson(huge, _catalog).Problems);

        Assert.Equal("$: document of 100011 bytes: at most 65536", problem.ToString());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Load_StringOverTheLengthLimit_Refused(bool yaml)
    {
        var text = yaml ? $"id: c\nname: {new string('x', 3_000)}\n" : $"{{\"id\":\"c\",\"name\":\"{new string('x', 3_000)}\"}}";

        var result = yaml ? CampaignLoader.FromYaml(text, _catalog) : CampaignLoader.FromJson(text, _catalog);

        Assert.Contains(result.Problems, p => p.Message == "a value longer than 2000 characters");
    }

    [Fact]
    public void FromYaml_TooManyValues_Refused()
    {
        var text = new StringBuilder("id: c\nstores: [");
        text.AppendJoin(", ", Enumerable.Range(0, 5_000).Select(i => $"s{i}"));
        text.Append("]\n");

        var result = CampaignLoader.FromYaml(text.ToString(), _catalog);

        Assert.Contains(result.Problems, p => p.Message == "more than 4000 values in one document");
    }

    [Fact]
    public void FromYaml_LongList_RefusedByTheListLimit()
    {
        var zones = "[" + string.Join(", ", Enumerable.Range(0, 300).Select(i => $"z{i}")) + "]";

        var result = CampaignLoader.FromYaml(Minimal("c", "{kind: zoneEntered}", $"[{{zones: {zones}}}]"), _catalog);

        Assert.Contains(result.Problems, p => p.Path == "$.conditions[0].zones" && p.Message == "a list of 300 entries: at most 256");
    }

    private static CampaignLoadResult Timed(Func<CampaignLoadResult> load)
    {
        var watch = Stopwatch.StartNew();
        var result = load();
        // Generous for a shared machine: the point is that the cost is bounded by the limits, not by the document.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"took {watch.Elapsed}");
        Assert.False(result.IsValid);
        return result;
    }
}
