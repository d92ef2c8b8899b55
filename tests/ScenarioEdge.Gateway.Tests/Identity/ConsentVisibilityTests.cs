using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using MQTTnet;
using MQTTnet.Server;
using ScenarioEdge.Gateway.Broker;
using ScenarioEdge.Gateway.Identity;
using ScenarioEdge.Gateway.Privacy;
using ScenarioEdge.Gateway.Scenes;
using ScenarioEdge.Gateway.Tests.Infrastructure;
using ScenarioEdge.Gateway.Tests.Security;
using ScenarioEdge.Protocol;
using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.Gateway.Tests.Identity;

/// <summary>
/// A consent withdrawal or an erasure holds for every message that arrives after the API call returned: the
/// directory everything reads consent from has changed by then, so the very next message is judged without it.
/// </summary>
public sealed class ConsentVisibilityTests
{
    [Fact]
    public async Task WithdrawPresence_SightingRightAfter_DroppedForPresence()
    {
        await using var gateway = await GatewayFixture.StartAsync([GatewayFixture.ScenarioPath("welcome.yaml")]);
        await using var door = await gateway.ConnectAsync("door-1");
        var key = gateway.Credentials.KeyOf("alice")!;
        var now = TimeProvider.System.GetUtcNow();
        Assert.True((await door.PublishAsync(Topics.Sightings("store-w", "door-1"), Sighting(key, now, "s-1"))).IsSuccess);
        Assert.Equal(0, gateway.Metrics.ConsentDropped["presence"]);
        using var app = AppClient(gateway, "alice");

        var withdrawn = await app.PutAsJsonAsync("/api/app/me/consents/presence", new { granted = false, noticeVersion = "2026-11" });
        var after = await door.PublishAsync(Topics.Sightings("store-w", "door-1"), Sighting(key, now.AddSeconds(1), "s-2"));

        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        Assert.True(after.IsSuccess, "the batch itself is accepted: only alice's sighting in it is dropped");
        Assert.Equal(1, gateway.Metrics.ConsentDropped["presence"]);
        Assert.Equal(1, gateway.Metrics.SceneSignalsDropped[SceneDropReasons.NoPresenceConsent]);
        gateway.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task WithdrawActivity_WearableSampleRightAfter_DroppedForActivity()
    {
        await using var gateway = await GatewayFixture.StartAsync([GatewayFixture.ScenarioPath("exercise-consent.yaml")]);
        await using var door = await gateway.ConnectAsync("door-x");
        var topic = Topics.Wearables("store-x", "door-x");
        var now = TimeProvider.System.GetUtcNow();
        Assert.True((await door.PublishAsync(topic, HeartRate("strap-yes", now, "w-1"))).IsSuccess);
        Assert.Equal(0, gateway.Metrics.ConsentDropped["activity"]);
        using var app = AppClient(gateway, "runner-yes");

        var withdrawn = await app.PutAsJsonAsync("/api/app/me/consents/activity", new { granted = false, noticeVersion = "2026-11" });
        Assert.True((await door.PublishAsync(topic, HeartRate("strap-yes", now.AddSeconds(1), "w-2"))).IsSuccess);

        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        Assert.Equal(1, gateway.Metrics.ConsentDropped["activity"]);
        Assert.Equal(1, gateway.Metrics.SceneSignalsDropped[SceneDropReasons.NoActivityConsent]);
        gateway.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task WithdrawOffers_ThenEnterTheStore_WelcomeSuppressedNoPushRecorded()
    {
        await using var gateway = await GatewayFixture.StartAsync([GatewayFixture.ScenarioPath("welcome.yaml")]);
        await using var door = await gateway.ConnectAsync("door-1");
        var alice = gateway.Shopper("alice");
        var key = gateway.Credentials.KeyOf("alice")!;
        using var app = AppClient(gateway, "alice");

        var withdrawn = await app.PutAsJsonAsync("/api/app/me/consents/offers", new { granted = false, noticeVersion = "2026-11" });
        var now = TimeProvider.System.GetUtcNow();
        for (var i = 0; i < 5; i++)
        {
            Assert.True((await door.PublishAsync(Topics.Sightings("store-w", "door-1"), Sighting(key, now.AddSeconds(i), $"s-{i}"))).IsSuccess);
        }

        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        await Eventually.TrueAsync(() => gateway.Database.Scenes.Exists(s => s.Shopper == alice && s.Kind == "entered"), "alice to enter (presence is still hers)");
        await MetricsShowAsync(gateway, "se_pushes_suppressed_total 1");
        Assert.False(gateway.Database.Pushes.Exists(p => p.Shopper == alice));
        gateway.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task Erase_ThenReconnectBearerAndRetained_FindNothing()
    {
        await using var gateway = await GatewayFixture.StartAsync([GatewayFixture.ScenarioPath("welcome.yaml")]);
        var install = gateway.Install("alice");
        var login = gateway.Credentials.For(install)!.Value;
        var server = gateway.App.Services.GetRequiredService<MqttServer>();
        // Retained before this gateway refused retained uplinks (or through a broker that let them through).
        foreach (var owner in new[] { install, gateway.Install("bob") })
        {
            await server.UpdateRetainedMessageAsync(new MqttApplicationMessageBuilder().WithTopic($"se/v1/apps/{owner}/up/activity").WithPayload("{}").WithRetainFlag().Build());
        }

        var erased = await gateway.Http.DeleteAsync($"/api/shoppers/{gateway.Shopper("alice")}");
        var (again, refused) = await TestMqtt.TryConnectAsync(gateway.MqttPort, install, login.User, login.Password);
        using var app = AppClient(gateway, "alice");
        var me = await app.GetAsync("/api/app/me");
        var observerLogin = await gateway.CreateObserverAsync("ops");
        await using var observer = await TestMqtt.ConnectAsync(gateway.MqttPort, "ops-1", observerLogin.User, observerLogin.Password);
        var retained = await BrokerClients.CollectAsync(observer, "se/v1/apps/#");

        Assert.Equal(HttpStatusCode.NoContent, erased.StatusCode);
        Assert.Null(again);
        Assert.Equal(MqttClientConnectResultCode.BadUserNameOrPassword, refused.ResultCode);
        Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
        await Eventually.TrueAsync(() => { lock (retained) { return retained.Count == 1; } }, "bob's retained message, the one left");
        Assert.DoesNotContain(retained, m => m.Contains(install, StringComparison.Ordinal));
    }

    [Fact]
    public async Task WithdrawAndErase_HoldersEraseOnlyOnceTheDirectoryShowsIt()
    {
        await using var gateway = await GatewayFixture.StartAsync([GatewayFixture.ScenarioPath("welcome.yaml")]);
        var services = gateway.App.Services;
        var directory = services.GetRequiredService<IdentityDirectory>();
        var probe = new ConsentProbe(directory);
        var privacy = new ShopperPrivacy(
            gateway.Database, services.GetRequiredService<ConsentLedger>(), [probe, .. services.GetServices<IShopperDataHolder>()],
            directory, services.GetRequiredService<IClientSessions>(), NullLogger<ShopperPrivacy>.Instance);
        var alice = gateway.Shopper("alice");
        Assert.True(directory.Current.Shopper(alice)!.HasConsent(ConsentPurposes.Presence));

        await privacy.ChangeConsentAsync(alice, ConsentPurposes.Presence, granted: false, "2026-11", "app");
        var withdrawn = Assert.Single(probe.Seen);
        probe.Seen.Clear();
        Assert.True(await privacy.EraseAsync(alice, "test"));

        Assert.Equal(["offers"], withdrawn!.Order(StringComparer.Ordinal));
        Assert.Null(probe.Seen[^1]);
    }

    /// <summary>Waits until <c>/metrics</c> shows <paramref name="line"/>: the delivery stage decides off the ingest path.</summary>
    private static async Task MetricsShowAsync(GatewayFixture gateway, string line)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!(await gateway.Http.GetStringAsync("/metrics")).Contains(line, StringComparison.Ordinal))
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), $"/metrics never showed '{line}'");
            await Task.Delay(50);
        }
    }

    private static byte[] Sighting(byte[] key, DateTimeOffset at, string id) => ProtocolCodec.Encode(new SightingsBatch
    {
        Id = id,
        Ts = at,
        Sightings = [new Sighting { Adv = ShopperTokens.TokenHex(key, at), Kind = AdvertiserKind.ShopperToken, Rssi = -55, Ts = at }],
    });

    private static byte[] HeartRate(string strap, DateTimeOffset at, string id) =>
        ProtocolCodec.Encode(new WearableSample { Id = id, Ts = at, Adv = strap, Profile = WearableProfile.HeartRate, HeartRateBpm = 150 });

    private static HttpClient AppClient(GatewayFixture gateway, string shopper)
    {
        var client = new HttpClient { BaseAddress = gateway.HttpBase };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", gateway.Token(shopper));
        return client;
    }
}
