using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using ScenarioEdge.Gateway.Ingest;
using ScenarioEdge.Gateway.Messaging;
using ScenarioEdge.Gateway.Tests.Infrastructure;
using ScenarioEdge.Simulator;

namespace ScenarioEdge.Gateway.Tests.Interop;

[Collection(SimulatedStoreRuns.Name)]
public sealed class MosquittoInteropTests
{
    [Fact]
    public async Task MosquittoSub_OnEmbeddedBroker_SeesDeviceMessagesAndPushesAsJson()
    {
        var scenario = GatewayFixture.ScenarioPath("welcome.yaml");
        await using var gateway = await GatewayFixture.StartAsync();
        var observer = await gateway.CreateObserverAsync("interop");
        await using var sub = CommandLine.Start("mosquitto_sub", "-h", "127.0.0.1", "-p", Port(gateway.MqttPort), "-u", observer.User, "-P", observer.Password, "-t", "se/v1/#", "-v", "-V", "mqttv5");
        await Eventually.TrueAsync(() => gateway.Metrics.Render().Contains("se_broker_clients_connected 1", StringComparison.Ordinal), "mosquitto_sub to connect");

        var output = new StringWriter();
        var exit = await SimulatorCli.RunAsync(
            gateway.SimulatorArgs(scenario, 4), output, NullLoggerFactory.Instance, TimeProvider.System, CancellationToken.None);

        Assert.Equal(0, exit);
        var install = GatewayFixture.InstallIn(output.ToString(), "alice");
        await Eventually.TrueAsync(() => sub.Output.Contains($"se/v1/apps/{install}/push {{", StringComparison.Ordinal), "mosquitto_sub to print the push");
        Assert.Contains("se/v1/stores/store-w/devices/door-1/sightings {\"v\":1,", sub.Output, StringComparison.Ordinal);
        Assert.Contains("\"campaign\":\"welcome\"", sub.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MosquittoPub_ToEmbeddedBroker_ValidMessageAcceptedAndBadOneRefused()
    {
        await using var gateway = await GatewayFixture.StartAsync([GatewayFixture.ScenarioPath("welcome.yaml")]);
        const string topic = "se/v1/stores/store-w/devices/door-1/status";
        var login = gateway.Credentials.For("door-1")!.Value;

        var good = await CommandLine.RunAsync("mosquitto_pub", "-h", "127.0.0.1", "-p", Port(gateway.MqttPort), "-V", "mqttv5", "-q", "1", "-i", "door-1",
            "-u", login.User, "-P", login.Password, "-t", topic, "-m", """{"v":1,"id":"st-1","ts":"2026-11-24T08:00:00Z","state":"online"}""");
        var bad = await CommandLine.RunAsync("mosquitto_pub", "-h", "127.0.0.1", "-p", Port(gateway.MqttPort), "-V", "mqttv5", "-q", "1", "-i", "door-1",
            "-u", login.User, "-P", login.Password, "-t", topic, "-m", """{"v":1,"id":"st-2","ts":"2026-11-24T08:00:00Z","state":"sleepy"}""");

        Assert.Equal(0, good.ExitCode);
        Assert.Equal(1, gateway.Metrics.MessagesIn["status"]);
        Assert.Equal(1, gateway.Metrics.Rejected["malformed_json"]);
        Assert.Contains("$.state", bad.Output + string.Join('\n', gateway.Logs.Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClientMode_AgainstRealMosquitto_RunsTheSamePipeline()
    {
        await using var mosquitto = await MosquittoProcess.StartAsync();
        var scenario = GatewayFixture.ScenarioPath("welcome.yaml");
        await using var gateway = await GatewayFixture.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Gateway:Broker:Mode"] = "External",
            ["Gateway:Broker:Host"] = "127.0.0.1",
            ["Gateway:Broker:ExternalPort"] = Port(mosquitto.Port),
        });
        var output = new StringWriter();

        var exit = await SimulatorCli.RunAsync(
            ["run", scenario, "--broker", $"127.0.0.1:{mosquitto.Port}", "--gateway", gateway.HttpBase.ToString(), "--api-key", gateway.ApiKey, "--speed", "4"], output, NullLoggerFactory.Instance, TimeProvider.System, CancellationToken.None);

        Assert.True(exit == 0, output.ToString());
        var push = Assert.Single(gateway.Database.Pushes.FindAll());
        Assert.Equal(GatewayFixture.ShopperIn(output.ToString(), "alice"), push.Shopper);
        Assert.True(gateway.Metrics.MessagesIn["sightings"] > 0);
        gateway.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task ClientMode_UnknownDeviceAndGatewayOnlyTopicsOnTheExternalBroker_RefusedAndCounted()
    {
        await using var mosquitto = await MosquittoProcess.StartAsync();
        await using var gateway = await GatewayFixture.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Gateway:Broker:Mode"] = "External",
            ["Gateway:Broker:Host"] = "127.0.0.1",
            ["Gateway:Broker:ExternalPort"] = Port(mosquitto.Port),
        });
        await gateway.ProvisionAsync(GatewayFixture.ScenarioPath("welcome.yaml"));
        await Eventually.TrueAsync(() => gateway.App.Services.GetRequiredService<IMessageBus>().IsReady, "the gateway to connect to mosquitto");
        const string status = """{"v":1,"id":"st-1","ts":"2026-11-24T08:00:00Z","state":"online"}""";

        await CommandLine.RunAsync("mosquitto_pub", "-h", "127.0.0.1", "-p", Port(mosquitto.Port), "-q", "1", "-t", "se/v1/stores/store-w/devices/ghost-9/status", "-m", status);
        await CommandLine.RunAsync("mosquitto_pub", "-h", "127.0.0.1", "-p", Port(mosquitto.Port), "-q", "1", "-t", "se/v1/stores/store-w/devices/door-1/status", "-m", status);

        await Eventually.TrueAsync(() => gateway.Metrics.MessagesIn["status"] == 1, "the provisioned device's status");
        Assert.Equal(1, gateway.Metrics.Rejected["unknown_device"]);
        Assert.Contains(gateway.Logs.Warnings, w => w.Contains("device 'ghost-9' of store 'store-w' is not provisioned", StringComparison.Ordinal));
    }

    private static string Port(int port) => port.ToString(CultureInfo.InvariantCulture);
}
