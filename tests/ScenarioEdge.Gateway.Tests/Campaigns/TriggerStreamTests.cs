using Microsoft.Extensions.DependencyInjection;
using ScenarioEdge.Gateway.Shelves;
using ScenarioEdge.Gateway.Tests.Infrastructure;
using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.Gateway.Tests.Campaigns;

/// <summary>
/// Every trigger kind end to end: scene changes through the real dispatcher and shelf events through the real shelf
/// queue become triggers, campaigns decide, the app push goes out through the ledger and the decision log says so,
/// with the event time of the signal that caused it.
/// </summary>
public sealed class TriggerStreamTests
{
    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["Gateway:Campaigns:Folder"] = GatewayFixture.CampaignsPath("triggers"),
        // No arbitration: each trigger kind's campaign must send on its own.
        ["Gateway:Campaigns:ArbitrationWindow"] = "00:00:00",
    };

    [Fact]
    public async Task SceneAndShelfStream_OneCampaignPerTriggerKind_EachSentOnceAtItsEventTime()
    {
        await using var gateway = await GatewayFixture.StartAsync([GatewayFixture.ScenarioPath("shelf.yaml")], Settings);
        var alice = gateway.Shopper("alice");
        var player = new ScenePlayer(gateway, alice, "store-s");
        var t0 = TimeProvider.System.GetUtcNow().AddSeconds(-60);

        player.Enter("entrance", t0);
        player.MoveTo("drinks", t0.AddSeconds(5));
        player.Dwell("drinks-shelf", t0.AddSeconds(10));
        await ShelfAsync(gateway, ShelfEventKind.Pick, t0.AddSeconds(12));
        await ShelfAsync(gateway, ShelfEventKind.Put, t0.AddSeconds(14));
        await DecisionApi.WaitForAsync(gateway, alice, "k-pick-and-put-back", "sent");
        player.Leave(t0.AddSeconds(20));
        player.Activity(SceneState.Exercising, SceneState.Unknown, t0.AddSeconds(25));
        player.Activity(SceneState.Unknown, SceneState.Exercising, t0.AddSeconds(30));
        var morning = LastLocal(8, 0);
        player.Activity(SceneState.Commuting, SceneState.Unknown, morning);
        player.Activity(SceneState.Unknown, SceneState.Commuting, morning.AddMinutes(1));
        // Mid-morning is outside 07:00-09:30 on the event's clock, whatever the time now.
        player.Activity(SceneState.Commuting, SceneState.Unknown, LastLocal(10, 0));

        var expected = new Dictionary<string, DateTimeOffset>
        {
            ["k-store-entered"] = t0,
            ["k-zone-entered"] = t0.AddSeconds(5),
            ["k-dwell-zone"] = t0.AddSeconds(10),
            ["k-dwell-shelf"] = t0.AddSeconds(10),
            ["k-shelf-pick"] = t0.AddSeconds(12),
            ["k-shelf-put-back"] = t0.AddSeconds(14),
            ["k-pick-and-put-back"] = t0.AddSeconds(14),
            ["k-shopper-left"] = t0.AddSeconds(20),
            ["k-scene-entered"] = t0.AddSeconds(25),
            ["k-scene-left"] = t0.AddSeconds(30),
            ["k-time-window"] = morning,
        };
        foreach (var (campaign, at) in expected)
        {
            var sent = await DecisionApi.WaitForAsync(gateway, alice, campaign, "sent");
            Assert.Equal(at.UtcDateTime, sent.GetProperty("eventTime").GetDateTimeOffset().UtcDateTime, TimeSpan.FromMilliseconds(1));
        }

        await Eventually.TrueAsync(() => gateway.Database.Pushes.Count(p => p.Shopper == alice) == expected.Count, "one push per campaign");
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), gateway.Database.Pushes.Find(p => p.Shopper == alice).Select(p => p.Campaign).Order(StringComparer.Ordinal));
        Assert.Single(await DecisionApi.GetAsync(gateway, alice, "?campaign=k-time-window"));
        Assert.Equal(1, gateway.Metrics.CampaignDecisions("k-time-window", "sent"));
        gateway.AssertNoErrorsLogged();
    }

    internal static async Task ShelfAsync(GatewayFixture gateway, ShelfEventKind kind, DateTimeOffset at, string store = "store-s")
    {
        var shelf = gateway.Database.Devices.FindById($"{store}/drinks-shelf");
        var e = new ShelfEvent { Id = Guid.NewGuid().ToString("N"), Ts = at, Kind = kind, Lane = "a1", Sku = "sports-500", Count = 1 };
        await gateway.App.Services.GetRequiredService<ShelfEventQueue>().EnqueueAsync(new ShelfWork(shelf, e, 0), CancellationToken.None);
    }

    /// <summary>The latest instant before now at which a UTC clock (the test store's zone) read hh:mm.</summary>
    private static DateTimeOffset LastLocal(int hour, int minute)
    {
        var now = TimeProvider.System.GetUtcNow();
        var today = new DateTimeOffset(now.Year, now.Month, now.Day, hour, minute, 0, TimeSpan.Zero);
        return today < now ? today : today.AddDays(-1);
    }
}
