using System.Text.Json;
using nietras.SeparatedValues;
using ScenarioEdge.Experiments.Assignment;
using ScenarioEdge.Experiments.Funnel;
using ScenarioEdge.Experiments.Reports;
using static ScenarioEdge.Experiments.Tests.Reports.TestJourneys;

namespace ScenarioEdge.Experiments.Tests.Reports;

/// <summary>
/// Golden files for the report's JSON and CSV on a small fixed set: the names and shapes are the API's contract, so
/// a change shows up here as a diff to review. Regenerate with SCENARIOEDGE_UPDATE_GOLDEN=1 and read the diff.
/// </summary>
public sealed class ReportRenderingTests
{
    /// <summary>An arm name with a comma and quotes, so the CSV must quote it (RFC 4180 §2.6–2.7).</summary>
    private const string Quoted = "a \"big\", v2";

    private static CampaignReport Small()
    {
        IReadOnlyList<Arm> arms = [new(Quoted, 0.5), new(ArmNames.Holdout, 0.5, Holdout: true)];
        Journey[] journeys =
        [
            Make("u1", Quoted, FunnelStage.Purchased, revenue: 12.5),
            Make("u2", Quoted, FunnelStage.Clicked),
            Make("u3", Quoted, FunnelStage.Delivered, store: "s2"),
            Make("u4", ArmNames.Holdout, null, sent: false),
            Make("u5", ArmNames.Holdout, FunnelStage.Purchased, day: Day1.AddDays(1), revenue: 4, sent: false),
        ];
        return ReportBuilder.Build(journeys, arms, new ReportOptions { Campaign = "spring, \"fresh\"", AttributionRule = "last touch within 72 h" }) with
        {
            // As the gateway adds it: 4 purchases with the window open, 1 credited here, 3 to later touches.
            Attribution = new OpenWindows(4, 1, [new CreditedElsewhere("rival, \"b\"", 2), new CreditedElsewhere("other", 1)]),
        };
    }

    [Fact]
    public void Json_SmallSet_MatchesTheGoldenFile() => Golden("small-report.json", ReportJson.Write(Small()));

    [Fact]
    public void Csv_SmallSet_MatchesTheGoldenFile() => Golden("small-report.csv", ReportCsv.Write(Small()));

    [Fact]
    public void Json_UndefinedFigures_AreNullNotAnError()
    {
        using var document = JsonDocument.Parse(ReportJson.Write(Small()));

        var comparison = document.RootElement.GetProperty("comparisons")[0];
        var control = document.RootElement.GetProperty("arms")[2];
        Assert.Equal("control", control.GetProperty("role").GetString());
        Assert.Equal(JsonValueKind.Null, control.GetProperty("conversion").GetProperty("rate").GetProperty("estimate").ValueKind);
        Assert.Equal(JsonValueKind.Null, control.GetProperty("revenue").GetProperty("mean").ValueKind);
        Assert.Equal("tooLittleData", comparison.GetProperty("verdict").GetString());
        Assert.Equal("purchased", document.RootElement.GetProperty("conversionStage").GetString());
    }

    [Fact]
    public void Csv_EveryRowHasEveryColumn_AndQuotesPerRfc4180()
    {
        var lines = ReportCsv.Write(Small()).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.StartsWith("section,arm,role,stage,units,exposed,rate", lines[0], StringComparison.Ordinal);
        // 2 configured arms + control, 8 stages each; 1 comparison; 1 sample-ratio check (Exposed); open, credited, 2 elsewhere.
        Assert.Equal(1 + (3 * 8) + 1 + 1 + 4, lines.Length);
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromText(ReportCsv.Write(Small()));
        var columns = reader.Header.ColNames.Count;
        foreach (var row in reader)
        {
            Assert.Equal(columns, row.ColCount);
        }
        Assert.Contains(lines, l => l.StartsWith("comparison,\"a \"\"big\"\", v2\",variant,purchased,", StringComparison.Ordinal));
    }

    [Fact]
    public void Csv_OpenWindows_OneRowPerCreditWithTheCampaignAndPurchases()
    {
        var lines = ReportCsv.Write(Small()).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        var attribution = lines.Where(l => l.StartsWith("attribution,", StringComparison.Ordinal)).Select(l => l.Split(',')).ToList();
        Assert.Equal(["open", "credited", "elsewhere", "elsewhere"], attribution.Select(r => r[2]));
        Assert.Equal(["4", "1", "2", "1"], attribution.Select(r => r[^1]));
        Assert.EndsWith(",\"rival, \"\"b\"\"\",2", lines.Single(l => l.Contains("rival", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.EndsWith(",other,1", lines[^1], StringComparison.Ordinal);
    }

    private static void Golden(string name, string actual)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Reports", "Golden", name);
        if (Environment.GetEnvironmentVariable("SCENARIOEDGE_UPDATE_GOLDEN") == "1")
        {
            var source = Path.Combine(SourceDirectory(), "Reports", "Golden", name);
            File.WriteAllText(source, actual);
        }

        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), actual.ReplaceLineEndings("\n"));
    }

    private static string SourceDirectory([System.Runtime.CompilerServices.CallerFilePath] string file = "") =>
        Path.GetDirectoryName(Path.GetDirectoryName(file))!;
}
