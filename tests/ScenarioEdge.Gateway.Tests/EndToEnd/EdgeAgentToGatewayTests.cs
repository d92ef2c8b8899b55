using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ScenarioEdge.EdgeAgent.Publishing;
using ScenarioEdge.Gateway.Tests.Infrastructure;
using ScenarioEdge.Protocol;
using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.Gateway.Tests.EndToEnd;

/// <summary>The real edge agent's outbox and MQTT link against the real gateway: logins, outages, restarts.</summary>
public sealed class EdgeAgentToGatewayTests
{
    private static readonly string Topic = Topics.Sightings("store-w", "door-1");

    [Fact]
    public async Task EdgeAgent_WithProvisionedSecret_PublishesAndGatewayAcceptsEveryBatch()
    {
        await using var gateway = await GatewayFixture.StartAsync([GatewayFixture.ScenarioPath("welcome.yaml")]);
        var login = gateway.Credentials.For("door-1")!.Value;
        using var agent = await StartAgentAsync(Directory.CreateTempSubdirectory("se-agent-").FullName, gateway.MqttPort, login.Password);

        await ProduceAsync(agent, 1, 20);

        await Eventually.TrueAsync(() => gateway.Metrics.MessagesIn["sightings"] == 20, "the gateway to accept all 20 batches");
        await Eventually.TrueAsync(() => gateway.Metrics.MessagesIn["status"] >= 1, "the agent's birth status");
        await agent.StopAsync();
        gateway.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task EdgeAgent_BrokerDownAndAgentRestartedDuringOutage_GatewayCountsEveryBatchOnce()
    {
        await using var mosquitto = await MosquittoProcess.StartAsync();
        var port = mosquitto.Port;
        await using var gateway = await GatewayFixture.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Gateway:Broker:Mode"] = "External",
            ["Gateway:Broker:Host"] = "127.0.0.1",
            ["Gateway:Broker:ExternalPort"] = port.ToString(CultureInfo.InvariantCulture),
        });
        await gateway.ProvisionAsync(GatewayFixture.ScenarioPath("welcome.yaml"));
        var data = Directory.CreateTempSubdirectory("se-agent-").FullName;

        var first = await StartAgentAsync(data, port, "unused-by-anonymous-mosquitto");
        await ProduceAsync(first, 1, 10);
        await Eventually.TrueAsync(() => gateway.Metrics.MessagesIn["sightings"] == 10, "the first 10 batches");

        await mosquitto.StopAsync();
        await ProduceAsync(first, 11, 10);
        await first.StopAsync();
        first.Dispose();
        using var second = await StartAgentAsync(data, port, "unused-by-anonymous-mosquitto");
        await ProduceAsync(second, 21, 10);
        await using var back = await MosquittoProcess.StartAsync(port, mosquitto.Directory);
        await ProduceAsync(second, 31, 10);

        try
        {
            await Eventually.TrueAsync(() => gateway.Metrics.MessagesIn["sightings"] >= 40, "all 40 batches", TimeSpan.FromSeconds(60));
        }
        catch (TimeoutException ex)
        {
            throw new TimeoutException($"{ex.Message} got {gateway.Metrics.MessagesIn["sightings"]}; gateway log: {string.Join(" | ", gateway.Logs.Entries.Select(e => e.Message).TakeLast(15))}", ex);
        }
        await second.StopAsync();
        Assert.Equal(40, gateway.Metrics.MessagesIn["sightings"]);
    }

    internal static async Task<IHost> StartAgentAsync(string dataDirectory, int port, string password)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Test" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Agent:Store"] = "store-w",
            ["Agent:Device"] = "door-1",
            ["Agent:DataDirectory"] = dataDirectory,
            ["Agent:Broker:Host"] = "127.0.0.1",
            ["Agent:Broker:Port"] = port.ToString(CultureInfo.InvariantCulture),
            ["Agent:Broker:Password"] = password,
            ["Agent:Broker:ReconnectMinMs"] = "100",
            ["Agent:Broker:ReconnectMaxMs"] = "400",
            ["Agent:Broker:ConnectTimeoutS"] = "2",
            ["Agent:HealthIntervalS"] = "3600",
            ["Agent:Ble:Enabled"] = "false",
        });
        builder.Services.AddLogging();
        builder.AddEdgeLink();
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    internal static async Task ProduceAsync(IHost agent, int first, int count)
    {
        var link = agent.Services.GetRequiredService<IEdgeLink>();
        for (var i = first; i < first + count; i++)
        {
            var batch = new SightingsBatch { Id = $"m-{i:D3}", Ts = new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero).AddSeconds(i) };
            await link.EnqueueAsync(new OutboxMessage(Topic, ProtocolCodec.Encode(batch), OutboxClass.Sightings), CancellationToken.None);
        }
    }
}
