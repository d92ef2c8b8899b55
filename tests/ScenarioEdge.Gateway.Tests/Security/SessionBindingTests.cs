using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using MQTTnet;
using ScenarioEdge.Gateway.Broker;
using ScenarioEdge.Gateway.Ingest;
using ScenarioEdge.Gateway.Messaging;
using ScenarioEdge.Gateway.Tests.Infrastructure;
using ScenarioEdge.Simulator;

namespace ScenarioEdge.Gateway.Tests.Security;

/// <summary>Item 1 of issue 15: a session belongs to the principal that created it.</summary>
[Collection(SimulatedStoreRuns.Name)]
public sealed class SessionBindingTests
{
    private const string Push = """{"v":1,"id":"p-1","ts":"2026-11-24T08:00:00Z","campaign":"welcome","title":"for alice only"}""";

    [Fact]
    public async Task ResumeAnotherAppsSession_Refused_PushesStayWithTheirOwner()
    {
        await using var gateway = await GatewayFixture.StartAsync([GatewayFixture.ScenarioPath("welcome.yaml")]);
        var alice = BrokerClients.Login(gateway, gateway.Install("alice"));
        await using (var first = await TestMqtt.ConnectAsync(BrokerClients.Options(gateway, gateway.Install("alice"), alice)))
        {
            await BrokerClients.CollectAsync(first, $"se/v1/apps/{gateway.Install("alice")}/push");
        }

        await BrokerClients.AllOfflineAsync(gateway);

        await gateway.App.Services.GetRequiredService<IMessageBus>().PublishAsync($"se/v1/apps/{gateway.Install("alice")}/push", Encoding.UTF8.GetBytes(Push), retain: false, CancellationToken.None);

        // bob is a registered install too (registering is free); he asks for alice's session by her client id.
        var (thief, refusal) = await TestMqtt.TryConnectAsync(BrokerClients.Options(gateway, gateway.Install("alice"), BrokerClients.Login(gateway, gateway.Install("bob"))));

        Assert.Null(thief);
        Assert.Equal(MqttClientConnectResultCode.ClientIdentifierNotValid, refusal.ResultCode);
        Assert.Contains("belongs to a session of another login", refusal.ReasonString, StringComparison.Ordinal);
        Assert.Equal(1, gateway.Metrics.ConnectRefused["client_id_in_use"]);
        await using var owner = await TestMqtt.ConnectAsync(BrokerClients.Options(gateway, gateway.Install("alice"), alice));
        var received = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        owner.Client.ApplicationMessageReceivedAsync += e =>
        {
            received.TrySetResult(Encoding.UTF8.GetString(e.ApplicationMessage.Payload));
            return Task.CompletedTask;
        };
        Assert.Contains("for alice only", await received.Task.WaitAsync(TimeSpan.FromSeconds(10)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResumeADevicesSession_Refused_NothingPublishedAsTheDevice()
    {
        await using var gateway = await GatewayFixture.StartAsync([GatewayFixture.ScenarioPath("welcome.yaml")]);
        await using (await TestMqtt.ConnectAsync(BrokerClients.Options(gateway, "door-1", BrokerClients.Login(gateway, "door-1"))))
        {
        }

        var (thief, refusal) = await TestMqtt.TryConnectAsync(BrokerClients.Options(gateway, "door-1", BrokerClients.Login(gateway, gateway.Install("bob"))));
        if (thief is not null)
        {
            // The old broker let it in as door-1; show what that meant before failing.
            await using (thief)
            {
                var published = await thief.PublishAsync("se/v1/stores/store-w/devices/door-1/sightings", """{"v":1,"id":"x-1","ts":"2026-11-24T08:00:00Z","sightings":[]}""");
                Assert.Fail($"{gateway.Install("bob")} got door-1's session; its sightings as door-1 were answered {published.ReasonCode}");
            }
        }

        Assert.Equal(MqttClientConnectResultCode.ClientIdentifierNotValid, refusal.ResultCode);
        Assert.Equal(0, gateway.Metrics.MessagesIn["sightings"]);
    }

    [Fact]
    public async Task TakeOverAConnectedDevice_ByAnotherPrincipal_RefusedAndTheDeviceStaysConnected()
    {
        await using var gateway = await GatewayFixture.StartAsync([GatewayFixture.ScenarioPath("welcome.yaml")]);
        await using var device = await TestMqtt.ConnectAsync(BrokerClients.Options(gateway, "store-w.door-1", BrokerClients.Login(gateway, "door-1")));

        var (other, refusal) = await TestMqtt.TryConnectAsync(BrokerClients.Options(gateway, "store-w.door-1", BrokerClients.Login(gateway, "aisle-1"), persistent: false));

        Assert.Null(other);
        Assert.Equal(MqttClientConnectResultCode.ClientIdentifierNotValid, refusal.ResultCode);
        var status = await device.PublishAsync("se/v1/stores/store-w/devices/door-1/status", """{"v":1,"id":"st-1","ts":"2026-11-24T08:00:00Z","state":"online"}""");
        Assert.True(status.IsSuccess, status.ReasonString);
    }

    [Fact]
    public async Task SameDeviceIdInTwoStores_SimulatorRunsBesideAnotherStoresDoor1()
    {
        // The README's tester command against the demo: the demo's door-1 holds a persistent session under the client id
        // the simulator used to take, "door-1"; the scenario's door-1 is another store's device.
        await using var gateway = await GatewayFixture.StartAsync([GatewayFixture.ScenarioPath("demo.yaml")]);
        await using (await TestMqtt.ConnectAsync(BrokerClients.Options(gateway, "door-1", BrokerClients.Login(gateway, "door-1"))))
        {
        }

        var output = new StringWriter();
        var exit = await SimulatorCli.RunAsync(
            gateway.SimulatorArgs(GatewayFixture.ScenarioPath("welcome.yaml"), 8), output, NullLoggerFactory.Instance, TimeProvider.System, CancellationToken.None);

        Assert.True(exit == 0, output.ToString());
        Assert.Equal(0, gateway.Metrics.Rejected["not_authorized"]);
    }
}
