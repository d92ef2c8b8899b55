using MQTTnet;
using ScenarioEdge.Gateway.Ingest;
using ScenarioEdge.Gateway.Tests.Infrastructure;
using ScenarioEdge.Protocol;
using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.Gateway.Tests.Ingest;

/// <summary>
/// A device with a wrong clock: an event time far ahead of the gateway's clock is refused and counted, and the
/// store's clock goes on deciding exits for every later visit.
/// </summary>
public sealed class FutureTimeTests
{
    private static readonly string Door = Topics.Sightings("store-w", "door-1");

    [Fact]
    public async Task Heartbeat_DatedYear9999_RefusedCountedAndShoppersStillLeaveAfterwards()
    {
        await using var gateway = await GatewayFixture.StartAsync([GatewayFixture.ScenarioPath("welcome.yaml")]);
        await using var door = await gateway.ConnectAsync("door-1");
        var key = gateway.Credentials.KeyOf("alice")!;
        var now = TimeProvider.System.GetUtcNow();
        var t0 = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, now.Second, TimeSpan.Zero).AddMinutes(-20);

        await VisitAsync(door, key, t0, "v1");
        await Eventually.TrueAsync(() => Count(gateway, "entered") == 1, "alice to enter");

        var future = await door.PublishAsync(Door, ProtocolCodec.Encode(new SightingsBatch { Id = "hb-9999", Ts = new DateTimeOffset(9999, 12, 31, 0, 0, 0, TimeSpan.Zero) }));

        Assert.Equal(MqttClientPublishReasonCode.PayloadFormatInvalid, future.ReasonCode);
        Assert.Contains("ahead of the gateway's clock", future.ReasonString, StringComparison.Ordinal);
        Assert.Equal(1, gateway.Metrics.Rejected["future_time"]);
        Assert.Contains("se_messages_rejected_total{reason=\"future_time\"} 1", await gateway.Http.GetStringAsync("/metrics"), StringComparison.Ordinal);

        // The store's own time moves on: alice leaves once her signal has been lost long enough, then visits again and leaves again.
        await HeartbeatAsync(door, t0.AddMinutes(2), "hb-1");
        await Eventually.TrueAsync(() => Count(gateway, "leftSignalLost") == 1, "alice to leave by signal loss");
        var alice = gateway.Shopper("alice");
        var left = gateway.Database.Scenes.FindOne(s => s.Shopper == alice && s.Kind == "leftSignalLost");
        Assert.Equal(t0.AddSeconds(4 + 30).UtcDateTime, left.At.ToUniversalTime());

        await VisitAsync(door, key, t0.AddMinutes(5), "v2");
        await Eventually.TrueAsync(() => Count(gateway, "entered") == 2, "alice to enter again");
        await HeartbeatAsync(door, t0.AddMinutes(7), "hb-2");
        await Eventually.TrueAsync(() => Count(gateway, "leftSignalLost") == 2, "alice to leave her second visit too");
        gateway.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task Sightings_OneSightingDatedAhead_WholeBatchRefusedNamingTheSighting()
    {
        await using var gateway = await GatewayFixture.StartAsync([GatewayFixture.ScenarioPath("welcome.yaml")]);
        await using var door = await gateway.ConnectAsync("door-1");
        var now = TimeProvider.System.GetUtcNow();
        var within = now.AddMinutes(4);

        var accepted = await door.PublishAsync(Door, ProtocolCodec.Encode(new SightingsBatch { Id = "ok", Ts = within }));
        var refused = await door.PublishAsync(Door, ProtocolCodec.Encode(new SightingsBatch
        {
            Id = "bad",
            Ts = now,
            Sightings = [new Sighting { Adv = "00112233445566778899aabbccddeeff", Kind = AdvertiserKind.ShopperToken, Rssi = -60, Ts = now.AddHours(1) }],
        }));

        Assert.True(accepted.IsSuccess, "a device clock a few minutes ahead is within the default bound of 5 minutes");
        Assert.Equal(MqttClientPublishReasonCode.PayloadFormatInvalid, refused.ReasonCode);
        Assert.Contains("sightings[0].ts", refused.ReasonString, StringComparison.Ordinal);
        Assert.Equal(1, gateway.Metrics.Rejected["future_time"]);
    }

    private static long Count(GatewayFixture gateway, string kind)
    {
        var alice = gateway.Shopper("alice");
        return gateway.Database.Scenes.Count(s => s.Shopper == alice && s.Kind == kind);
    }

    /// <summary>Five seconds of strong sightings of the shopper at the door, from <paramref name="from"/>.</summary>
    private static async Task VisitAsync(TestMqtt door, byte[] key, DateTimeOffset from, string id)
    {
        for (var i = 0; i <= 4; i++)
        {
            var at = from.AddSeconds(i);
            var batch = new SightingsBatch
            {
                Id = $"{id}-{i}",
                Ts = at,
                Sightings = [new Sighting { Adv = ShopperTokens.TokenHex(key, at), Kind = AdvertiserKind.ShopperToken, Rssi = -55, Ts = at }],
            };
            Assert.True((await door.PublishAsync(Door, ProtocolCodec.Encode(batch))).IsSuccess);
        }
    }

    private static async Task HeartbeatAsync(TestMqtt door, DateTimeOffset at, string id) =>
        Assert.True((await door.PublishAsync(Door, ProtocolCodec.Encode(new SightingsBatch { Id = id, Ts = at }))).IsSuccess);
}
