using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using ScenarioEdge.Gateway.Tests.Infrastructure;
using ScenarioEdge.Simulator;

namespace ScenarioEdge.Gateway.Tests.EndToEnd;

/// <summary>
/// Shelf events as scene evidence, end to end: the simulator's virtual shelf runs the edge agent's lane pipeline and
/// publishes over real MQTT; the gateway's scene timeline shows who dwells at which shelf and why.
/// </summary>
[Collection(SimulatedStoreRuns.Name)]
public sealed class ShelfDwellTests
{
    [Fact]
    public async Task SimulatorRun_OnlyShopperAtTheShelfPicksUp_DwellsAtThatShelfBeforeTheDwellThreshold()
    {
        await using var gateway = await GatewayFixture.StartAsync();

        var output = await RunAsync(gateway, "shelf.yaml");

        var shopper = GatewayFixture.ShopperIn(output, "alice");
        await Eventually.TrueAsync(() => gateway.Database.Scenes.Count(s => s.Shopper == shopper && s.Kind == "dwellStarted") > 0, "alice's dwell in the timeline");
        var alice = await TimelineAsync(gateway, shopper);
        var arrived = alice.Last(s => Kind(s) is "zoneChanged" or "entered" && Zone(s) == "drinks");
        var dwell = Assert.Single(alice, s => Kind(s) == "dwellStarted");
        Assert.Equal(("drinks", "drinks-shelf", true), (Zone(dwell), dwell.GetProperty("shelf").GetString(), dwell.GetProperty("dwelling").GetBoolean()));
        Assert.Contains("picked up an item (sports-500) at shelf drinks-shelf", Reasons(dwell));
        Assert.Contains("the only shopper in zone drinks", Reasons(dwell));
        var after = At(dwell) - At(arrived);
        Assert.True(after < TimeSpan.FromSeconds(20), $"dwelling {after.TotalSeconds:0.0} s after arriving in drinks, not sooner than the 20 s threshold");
        gateway.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task SimulatorRun_TwoShoppersAtTheShelfOnePicksUp_NobodyIsAttributedAndBothDwellByTime()
    {
        await using var gateway = await GatewayFixture.StartAsync();

        var output = await RunAsync(gateway, "shelf-crowd.yaml");

        await Eventually.TrueAsync(() => gateway.Database.Scenes.Count(s => s.Kind == "dwellStarted") >= 2, "both dwells in the timeline");
        foreach (var shopper in new[] { "alice", "bob" })
        {
            var dwell = Assert.Single(await TimelineAsync(gateway, GatewayFixture.ShopperIn(output, shopper)), s => Kind(s) == "dwellStarted");
            Assert.Equal("drinks", Zone(dwell));
            Assert.DoesNotContain(Reasons(dwell), r => r.Contains("picked up", StringComparison.Ordinal));
            Assert.Contains(Reasons(dwell), r => r.Contains("the zone's dwell threshold", StringComparison.Ordinal));
        }

        var shelfLog = gateway.Logs.Entries.Where(e => e.Category.EndsWith("SceneEngine", StringComparison.Ordinal)).Select(e => e.Message).ToList();
        Assert.True(shelfLog.Any(m => m.Contains("not attributed", StringComparison.Ordinal) && m.Contains("2 shoppers in zone drinks and none clearly nearest", StringComparison.Ordinal)), string.Join("\n", shelfLog));
        gateway.AssertNoErrorsLogged();
    }

    private static async Task<string> RunAsync(GatewayFixture gateway, string scenario)
    {
        var output = new StringWriter();
        // 4x, not 8x: the display must change within 5 s of scenario time, and at 8x that left 0.6 s of wall time, which a
        // loaded 2-core CI machine running the other test classes beside this one overshot (9.1 s of scenario time once).
        var exit = await SimulatorCli.RunAsync(
            gateway.SimulatorArgs(GatewayFixture.ScenarioPath(scenario), 4), output, NullLoggerFactory.Instance, TimeProvider.System, CancellationToken.None);
        Assert.True(exit == 0, output.ToString());
        return output.ToString();
    }

    private static string? Kind(JsonElement e) => e.GetProperty("kind").GetString();

    private static string? Zone(JsonElement e) => e.GetProperty("zone").GetString();

    private static DateTimeOffset At(JsonElement e) => e.GetProperty("at").GetDateTimeOffset();

    private static List<string> Reasons(JsonElement e) => e.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()!).ToList();

    private static async Task<List<JsonElement>> TimelineAsync(GatewayFixture gateway, string shopper)
    {
        using var response = await gateway.Http.GetAsync(new Uri($"/api/shoppers/{shopper}/scenes", UriKind.Relative));
        response.EnsureSuccessStatusCode();
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return doc.RootElement.GetProperty("scenes").EnumerateArray().Select(e => e.Clone()).ToList();
    }
}
