using MQTTnet;
using ScenarioEdge.Gateway.Ingest;
using ScenarioEdge.Gateway.Messaging;
using ScenarioEdge.Gateway.Tests.Infrastructure;

namespace ScenarioEdge.Gateway.Tests.Security;

/// <summary>Item 2 of issue 15: a takeover's disconnect must not drop the connection that replaced it.</summary>
public sealed class ConnectionTrackingTests
{
    private const string StatusTopic = "se/v1/stores/store-w/devices/door-1/status";

    [Fact]
    public async Task Revoke_AfterATakeover_ClosesTheSecondConnectionAndItsPublishesAreRefused()
    {
        await using var gateway = await GatewayFixture.StartAsync([GatewayFixture.ScenarioPath("welcome.yaml")]);
        var login = BrokerClients.Login(gateway, "door-1");
        await using var first = await TestMqtt.ConnectAsync(BrokerClients.Options(gateway, "store-w.door-1", login));
        var firstDropped = BrokerClients.Dropped(first);
        await using var second = await TestMqtt.ConnectAsync(BrokerClients.Options(gateway, "store-w.door-1", login));
        await firstDropped.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var secondDropped = BrokerClients.Dropped(second);

        var response = await gateway.Http.DeleteAsync("/api/stores/store-w/devices/door-1");

        Assert.Equal(System.Net.HttpStatusCode.NoContent, response.StatusCode);
        await secondDropped.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.False(second.Client.IsConnected);
    }

    [Fact]
    public async Task RepeatedTakeovers_ConnectionLimitStillHolds()
    {
        await using var gateway = await GatewayFixture.StartAsync([GatewayFixture.ScenarioPath("welcome.yaml")]);
        var login = BrokerClients.Login(gateway, "door-1");
        var clients = new List<TestMqtt>();
        try
        {
            for (var i = 0; i < 5; i++)
            {
                clients.Add(await TestMqtt.ConnectAsync(BrokerClients.Options(gateway, "store-w.door-1", login)));
            }

            clients.Add(await TestMqtt.ConnectAsync(BrokerClients.Options(gateway, "store-w.door-1-b", login, persistent: false)));
            var (third, refusal) = await TestMqtt.TryConnectAsync(BrokerClients.Options(gateway, "store-w.door-1-c", login, persistent: false));
            if (third is not null)
            {
                clients.Add(third);
            }

            Assert.Null(third);
            Assert.Equal(MqttClientConnectResultCode.QuotaExceeded, refusal.ResultCode);
            Assert.Equal(1, gateway.Metrics.ConnectionsRefused);
        }
        finally
        {
            foreach (var client in clients)
            {
                await client.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task Ingest_RevokedDevice_RefusedEvenWhenItsMessageReachesIngest()
    {
        // Client mode: the external broker keeps the device's login; only ingest can refuse it.
        await using var mosquitto = await MosquittoProcess.StartAsync();
        await using var gateway = await GatewayFixture.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Gateway:Broker:Mode"] = "External",
            ["Gateway:Broker:Host"] = "127.0.0.1",
            ["Gateway:Broker:ExternalPort"] = mosquitto.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        await gateway.ProvisionAsync(GatewayFixture.ScenarioPath("welcome.yaml"));
        await Eventually.TrueAsync(() => gateway.App.Services.GetService(typeof(IMessageBus)) is IMessageBus { IsReady: true }, "the gateway to subscribe");
        await using var device = await TestMqtt.ConnectAsync(mosquitto.Port, "store-w.door-1");
        Assert.True((await device.PublishAsync(StatusTopic, Status(1))).IsSuccess);
        await Eventually.TrueAsync(() => gateway.Metrics.MessagesIn["status"] == 1, "the first status to be ingested");

        (await gateway.Http.DeleteAsync("/api/stores/store-w/devices/door-1")).EnsureSuccessStatusCode();
        for (var i = 2; i <= 4; i++)
        {
            await device.PublishAsync(StatusTopic, Status(i));
        }

        await Eventually.TrueAsync(() => gateway.Metrics.Rejected["not_authorized"] == 3, "the three statuses after revocation to be refused");
        Assert.Equal(1, gateway.Metrics.MessagesIn["status"]);
        Assert.Contains(gateway.Logs.Warnings, w => w.Contains("was revoked", StringComparison.Ordinal));
    }

    private static string Status(int n) => $$"""{"v":1,"id":"st-{{n}}","ts":"2026-11-24T08:00:00Z","state":"online"}""";
}
