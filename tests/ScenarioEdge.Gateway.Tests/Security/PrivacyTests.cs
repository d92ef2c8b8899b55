using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using LiteDB;
using Microsoft.Extensions.Logging.Abstractions;
using ScenarioEdge.Gateway.Storage;
using ScenarioEdge.Gateway.Tests.Infrastructure;
using ScenarioEdge.Simulator;

namespace ScenarioEdge.Gateway.Tests.Security;

[Collection(SimulatedStoreRuns.Name)]
public sealed class PrivacyTests
{
    [Fact]
    public async Task Simulator_ShopperWithoutPresenceConsent_DroppedAtTheDoorCountedNeverWelcomed()
    {
        var scenario = GatewayFixture.ScenarioPath("consent.yaml");
        await using var gateway = await GatewayFixture.StartAsync();
        var output = new StringWriter();

        var exit = await SimulatorCli.RunAsync(gateway.SimulatorArgs(scenario, 2), output, NullLoggerFactory.Instance, TimeProvider.System, CancellationToken.None);

        Assert.True(exit == 0, output.ToString());
        Assert.True(gateway.Metrics.ConsentDropped["presence"] > 0);
        Assert.Equal(1, gateway.Metrics.Presence["enter"]);
        var carol = GatewayFixture.ShopperIn(output.ToString(), "carol");
        Assert.NotNull(gateway.Database.Shoppers.FindById(carol));
        Assert.DoesNotContain(gateway.Database.Pushes.FindAll(), p => p.Shopper == carol);
    }

    [Fact]
    public async Task AppActivity_WithoutActivityConsent_DroppedAndCounted()
    {
        await using var gateway = await GatewayFixture.StartAsync();
        var without = await RegisterAsync(gateway, ["presence", "offers"]);
        var with = await RegisterAsync(gateway, ["presence", "activity"]);
        const string running = """{"v":1,"id":"a1","ts":"2026-11-24T08:00:00Z","activity":"running","confidence":0.9,"speedMps":3.2}""";

        await using (var app = await TestMqtt.ConnectAsync(gateway.MqttPort, without.Install, without.MqttUser, without.Token))
        {
            Assert.True((await app.PublishAsync($"se/v1/apps/{without.Install}/up/activity", running)).IsSuccess);
        }

        await using (var app = await TestMqtt.ConnectAsync(gateway.MqttPort, with.Install, with.MqttUser, with.Token))
        {
            Assert.True((await app.PublishAsync($"se/v1/apps/{with.Install}/up/activity", running)).IsSuccess);
        }

        Assert.Equal(1, gateway.Metrics.ConsentDropped["activity"]);
        Assert.Equal(2, gateway.Metrics.MessagesIn["appactivity"]);
    }

    [Fact]
    public async Task Register_RecordsConsentsWithNoticeVersionAndTokenLogsIn()
    {
        await using var gateway = await GatewayFixture.StartAsync();

        var shopper = await RegisterAsync(gateway, ["presence", "offers"]);

        var log = gateway.Database.ConsentLog.Find(c => c.Shopper == shopper.Id).ToList();
        Assert.Equal(["offers", "presence"], log.Select(c => c.Purpose).Order(StringComparer.Ordinal));
        Assert.All(log, c => Assert.Equal("2026-11", c.NoticeVersion));
        Assert.StartsWith("shp-", shopper.Id, StringComparison.Ordinal);
        await using var app = await TestMqtt.ConnectAsync(gateway.MqttPort, shopper.Install, shopper.MqttUser, shopper.Token);
        Assert.True(app.Client.IsConnected);
    }

    [Theory]
    [InlineData("""{"consents":["presence","telepathy"],"noticeVersion":"1"}""", "'telepathy' is not a purpose")]
    [InlineData("""{"consents":["presence","analytics"],"noticeVersion":"1"}""", "'analytics' is no longer a purpose")]
    [InlineData("""{"consents":[],"noticeVersion":"1"}""", "give at least one of")]
    [InlineData("""{"consents":["offers"],"noticeVersion":""}""", "noticeVersion: required")]
    public async Task Register_BadRequest_ProblemNamesTheField(string body, string named)
    {
        await using var gateway = await GatewayFixture.StartAsync();
        using var anonymous = new HttpClient { BaseAddress = gateway.HttpBase };

        var response = await anonymous.PostAsync("/api/app/register", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(named, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithdrawAllConsent_ErasesShopperFromTheLiteDbFileAndClosesTheApp()
    {
        var scenario = GatewayFixture.ScenarioPath("welcome.yaml");
        var gateway = await GatewayFixture.StartAsync();
        string path, alice, bob;
        try
        {
            await gateway.PlayAsync(scenario, 4);
            alice = gateway.Shopper("alice");
            bob = gateway.Shopper("bob");
            Assert.Single(gateway.Database.Pushes.Find(p => p.Shopper == alice));
            await Eventually.TrueAsync(() => gateway.Database.Scenes.Exists(s => s.Shopper == alice), "alice's scene timeline");
            using var app = AppClient(gateway, gateway.Token("alice"));

            var export = await app.GetFromJsonAsync<JsonElement>("/api/app/me/export");
            Assert.Equal(alice, export.GetProperty("shopper").GetString());
            Assert.Equal(1, export.GetProperty("data").GetProperty("pushes").GetArrayLength());

            Assert.Equal(HttpStatusCode.OK, (await app.PutAsJsonAsync("/api/app/me/consents/presence", new { granted = false, noticeVersion = "2026-11" })).StatusCode);
            Assert.NotNull(gateway.Database.Shoppers.FindById(alice));
            var last = await app.PutAsJsonAsync("/api/app/me/consents/offers", new { granted = false, noticeVersion = "2026-11" });
            Assert.True((await last.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("erased").GetBoolean());
            Assert.Equal(HttpStatusCode.Unauthorized, (await app.GetAsync("/api/app/me/export")).StatusCode);
            path = gateway.Database.Path;
        }
        finally
        {
            await gateway.DisposeAsync();
        }

        // Opened as a plain LiteDB file after the gateway stopped: nothing points at alice any more.
        using var db = new LiteDatabase(new ConnectionString { Filename = path, ReadOnly = true });
        Assert.Null(db.GetCollection("shoppers").FindById(alice));
        Assert.Empty(db.GetCollection("pushes").Find(Query.EQ("Shopper", alice)));
        Assert.Empty(db.GetCollection("consentlog").Find(Query.EQ("Shopper", alice)));
        Assert.Empty(db.GetCollection("scenes").Find(Query.EQ("Shopper", alice)));
        Assert.NotEmpty(db.GetCollection("consentlog").Find(Query.StartsWith("Shopper", "erased-")));
        Assert.NotNull(db.GetCollection("shoppers").FindById(bob));
    }

    [Fact]
    public async Task WithdrawOneConsent_DataForThatPurposeGoesAndTheRestStays()
    {
        var scenario = GatewayFixture.ScenarioPath("welcome.yaml");
        await using var gateway = await GatewayFixture.StartAsync();
        await gateway.PlayAsync(scenario, 4);
        var alice = gateway.Shopper("alice");
        await Eventually.TrueAsync(() => gateway.Database.Scenes.Exists(s => s.Shopper == alice), "alice's scene timeline");
        using var app = AppClient(gateway, gateway.Token("alice"));

        var offers = await app.PutAsJsonAsync("/api/app/me/consents/offers", new { granted = false, noticeVersion = "2026-11" });

        Assert.Equal(HttpStatusCode.OK, offers.StatusCode);
        Assert.False(gateway.Database.Pushes.Exists(p => p.Shopper == alice));
        Assert.True(gateway.Database.Scenes.Exists(s => s.Shopper == alice));
        Assert.Equal(["presence"], gateway.Database.Shoppers.FindById(alice).Consents);

        Assert.Equal(HttpStatusCode.OK, (await app.PutAsJsonAsync("/api/app/me/consents/offers", new { granted = true, noticeVersion = "2026-11" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.PutAsJsonAsync("/api/app/me/consents/presence", new { granted = false, noticeVersion = "2026-11" })).StatusCode);
        Assert.False(gateway.Database.Scenes.Exists(s => s.Shopper == alice));
        Assert.Equal(["offers"], gateway.Database.Shoppers.FindById(alice).Consents);
    }

    [Fact]
    public async Task DeleteMe_ErasesAndDisconnectsTheAppAtOnce()
    {
        await using var gateway = await GatewayFixture.StartAsync();
        var shopper = await RegisterAsync(gateway, ["presence", "offers"]);
        await using var mqtt = await TestMqtt.ConnectAsync(gateway.MqttPort, shopper.Install, shopper.MqttUser, shopper.Token);
        var dropped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        mqtt.Client.DisconnectedAsync += _ =>
        {
            dropped.TrySetResult();
            return Task.CompletedTask;
        };
        using var app = AppClient(gateway, shopper.Token);

        Assert.Equal(HttpStatusCode.NoContent, (await app.DeleteAsync("/api/app/me")).StatusCode);
        await dropped.Task.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Null(gateway.Database.Shoppers.FindById(shopper.Id));
        var (again, _) = await TestMqtt.TryConnectAsync(gateway.MqttPort, shopper.Install, shopper.MqttUser, shopper.Token);
        Assert.Null(again);
    }

    private static HttpClient AppClient(GatewayFixture gateway, string token)
    {
        var client = new HttpClient { BaseAddress = gateway.HttpBase };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    internal static async Task<(string Id, string Install, string Token, string MqttUser)> RegisterAsync(GatewayFixture gateway, string[] consents)
    {
        using var anonymous = new HttpClient { BaseAddress = gateway.HttpBase };
        var response = await anonymous.PostAsJsonAsync("/api/app/register", new { consents, noticeVersion = "2026-11" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (json.GetProperty("shopper").GetString()!, json.GetProperty("install").GetString()!, json.GetProperty("token").GetString()!,
            json.GetProperty("mqtt").GetProperty("userName").GetString()!);
    }
}
