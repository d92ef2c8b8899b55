using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using ScenarioEdge.Gateway.Scenes;
using ScenarioEdge.Gateway.Tests.Infrastructure;
using ScenarioEdge.Protocol;
using ScenarioEdge.Protocol.Messages;
using ScenarioEdge.Simulator;

namespace ScenarioEdge.Gateway.Tests.EndToEnd;

/// <summary>
/// simulator/scenarios/beacons.yaml against a real gateway over real MQTT: the store has a scanner only at the door;
/// the virtual apps report the store beacons their phones hear, and the gateway locates shoppers by them.
/// </summary>
[Collection(SimulatedStoreRuns.Name)]
public sealed class PhoneBeaconTests
{
    [Fact]
    public async Task SimulatorRun_ZonesWithBeaconsButNoScanner_ShopperIsLocatedAndDwellsByPhoneHeardBeacons()
    {
        await using var gateway = await GatewayFixture.StartAsync();
        await gateway.PlayAsync(GatewayFixture.ScenarioPath("beacons.yaml"), 10);

        var shopper = gateway.Shopper("alice");
        await Eventually.TrueAsync(() => gateway.Database.Scenes.Count(s => s.Shopper == shopper && s.Zone == "bakery") > 0, "alice located in the bakery");
        var alice = await TimelineAsync(gateway, shopper);
        var drinks = alice.First(s => Zone(s) == "drinks" && Kind(s) is "zoneChanged" or "entered");
        Assert.Contains(Reasons(drinks), r => r.Contains("beacon:drinks-b1", StringComparison.Ordinal));
        Assert.Contains(alice, s => Kind(s) == "dwellStarted" && Zone(s) == "drinks");
        var bakery = alice.First(s => Zone(s) == "bakery");
        Assert.Contains(Reasons(bakery), r => r.Contains("beacon:bakery-b1", StringComparison.Ordinal));
        Assert.True(Array.IndexOf([.. alice], drinks) < Array.IndexOf([.. alice], bakery), "drinks before bakery");

        Assert.Empty(await TimelineAsync(gateway, gateway.Shopper("bob")));
        Assert.True(gateway.Metrics.SceneSignalsDropped[SceneDropReasons.NoPresenceConsent] > 0);
        Assert.True(gateway.Metrics.ConsentDropped["presence"] > 0);
        Assert.True(gateway.Metrics.SceneSignalsDropped[SceneDropReasons.UnknownBeacon] > 0, "the neighbour's beacon is counted as unknown");
        Assert.True(gateway.Metrics.MessagesIn["appsightings"] > 0);
        gateway.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task PhoneSightings_OlderThanTheStoresTimeOrOfUnknownBeacons_AreDroppedAndCountedByReason()
    {
        await using var gateway = await GatewayFixture.StartAsync([GatewayFixture.ScenarioPath("beacons.yaml")]);
        await using var door = await gateway.ConnectAsync("door-1");
        await using var phone = await gateway.ConnectAsync(gateway.Install("alice"));
        var storeNow = new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);
        await door.PublishAsync(Topics.Sightings("store-b", "door-1"), ProtocolCodec.Encode(new SightingsBatch { Id = "hb-1", Ts = storeNow }));
        var sightings = Topics.AppUplink(gateway.Install("alice"), AppUplinkKind.Sightings);

        await phone.PublishAsync(sightings, ProtocolCodec.Encode(new SightingsBatch
        {
            Id = "p-1",
            Ts = storeNow,
            Sightings =
            [
                new Sighting { Adv = "f7826da6-4fa2-4e98-8024-bc5b71e0893e:100:1", Kind = AdvertiserKind.IBeacon, Rssi = -60, Ts = storeNow.AddSeconds(-60) },
                new Sighting { Adv = "f7826da6-4fa2-4e98-8024-bc5b71e0893e:100:1", Kind = AdvertiserKind.Eddystone, Rssi = -60, Ts = storeNow },
                new Sighting { Adv = "not-a-store-beacon", Kind = AdvertiserKind.IBeacon, Rssi = -60, Ts = storeNow },
            ],
        }));

        await Eventually.TrueAsync(() => gateway.Metrics.SceneSignalsDropped[SceneDropReasons.UnknownBeacon] == 2, "the wrong-kind and the unknown beacon to be counted");
        await Eventually.TrueAsync(() => gateway.Metrics.SceneSignalsDropped[SceneDropReasons.Late] == 1, "the minute-old sighting to be counted late");
        Assert.Equal(0, gateway.Database.Scenes.Count(s => s.Shopper == gateway.Shopper("alice")));
        gateway.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task Provisioning_BeaconAlreadyPlacedInAnotherStore_IsRefusedNamingIt()
    {
        await using var gateway = await GatewayFixture.StartAsync([GatewayFixture.ScenarioPath("beacons.yaml")]);
        var yaml = (await File.ReadAllTextAsync(GatewayFixture.ScenarioPath("beacons.yaml"))).Replace("id: store-b", "id: store-b2", StringComparison.Ordinal);

        using var response = await gateway.Http.PostAsync(new Uri("/api/provisioning/scenario", UriKind.Relative), new StringContent(yaml));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("is already placed in store 'store-b' as '", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Null(gateway.Database.Stores.FindById("store-b2"));
    }

    private static string? Kind(JsonElement e) => e.GetProperty("kind").GetString();

    private static string? Zone(JsonElement e) => e.GetProperty("zone").GetString();

    private static List<string> Reasons(JsonElement e) => e.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()!).ToList();

    private static async Task<List<JsonElement>> TimelineAsync(GatewayFixture gateway, string shopper)
    {
        using var response = await gateway.Http.GetAsync(new Uri($"/api/shoppers/{shopper}/scenes", UriKind.Relative));
        response.EnsureSuccessStatusCode();
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return doc.RootElement.GetProperty("scenes").EnumerateArray().Select(e => e.Clone()).ToList();
    }
}
