using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ScenarioEdge.EdgeAgent.Health;
using ScenarioEdge.EdgeAgent.Outbox;
using ScenarioEdge.Gateway.Ingest;
using ScenarioEdge.Gateway.Tests.Infrastructure;

namespace ScenarioEdge.Gateway.Tests.EndToEnd;

/// <summary>
/// Client mode against a real mosquitto that keeps nothing across a restart (persistence off, its default): the
/// broker drops uplinks nobody subscribes to, so the agent must not take its PUBACK for the gateway's.
/// </summary>
public sealed class ClientModeRestartTests
{
    private const string Unused = "unused-by-anonymous-mosquitto";

    [Fact]
    public async Task EdgeAgent_ExternalBrokerAndGatewayNotSubscribed_HoldsBatchesUntilGatewaySubscribes()
    {
        // Provisioned beforehand (through its own broker), so that the gateway knows door-1 the moment it subscribes.
        var data = Directory.CreateTempSubdirectory("se-gw-").FullName;
        await using (var provisioning = await GatewayFixture.StartAsync(dataDirectory: data))
        {
            await provisioning.ProvisionAsync(GatewayFixture.ScenarioPath("welcome.yaml"));
        }

        await using var mosquitto = await MosquittoProcess.StartAsync(persistence: false);
        using var agent = await EdgeAgentToGatewayTests.StartAgentAsync(Directory.CreateTempSubdirectory("se-agent-").FullName, mosquitto.Port, Unused);
        var health = agent.Services.GetRequiredService<AgentHealth>();
        var outbox = agent.Services.GetRequiredService<LiteDbOutbox>();

        await EdgeAgentToGatewayTests.ProduceAsync(agent, 1, 10);
        await Eventually.TrueAsync(() => health.Problem()?.Contains("no subscriber", StringComparison.Ordinal) == true, "the agent to hold its outbox");
        Assert.InRange(outbox.Count, 10, 11); // the 10 batches, and the agent's health status when it went out meanwhile

        await using var gateway = await StartGatewayAsync(mosquitto.Port, data, provision: false);
        await Eventually.TrueAsync(() => gateway.Metrics.MessagesIn["sightings"] == 10, "the 10 held batches", TimeSpan.FromSeconds(30));
        await Eventually.TrueAsync(() => outbox.Count == 0 && health.Problem() is null, "the hold to end");
        await agent.StopAsync();
        Assert.Equal(10, gateway.Metrics.MessagesIn["sightings"]);
        Assert.Equal(0, gateway.Metrics.BrokerSessionsLost);
        Assert.Equal(0, gateway.Metrics.Rejected["unknown_device"]);
    }

    [Fact]
    public async Task BrokerRestartWithoutPersistence_WhileAgentPublishes_EveryBatchOnceAndLostSessionReported()
    {
        const int total = 150;
        await using var mosquitto = await MosquittoProcess.StartAsync(persistence: false);
        await using var gateway = await StartGatewayAsync(mosquitto.Port);
        using var agent = await EdgeAgentToGatewayTests.StartAgentAsync(Directory.CreateTempSubdirectory("se-agent-").FullName, mosquitto.Port, Unused);
        using var producing = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var producer = Task.Run(
            async () =>
            {
                for (var i = 1; i <= total; i++)
                {
                    await EdgeAgentToGatewayTests.ProduceAsync(agent, i, 1);
                    await Task.Delay(15, producing.Token); // a steady stream, so that the restart falls amid it
                }
            },
            producing.Token);

        await Eventually.TrueAsync(() => gateway.Metrics.MessagesIn["sightings"] >= 30, "the first batches");
        await mosquitto.StopAsync();
        await using var back = await MosquittoProcess.StartAsync(mosquitto.Port, mosquitto.Directory, persistence: false);
        await producer;

        try
        {
            await Eventually.TrueAsync(() => gateway.Metrics.MessagesIn["sightings"] >= total, $"all {total} batches", TimeSpan.FromSeconds(60));
        }
        catch (TimeoutException ex)
        {
            throw new TimeoutException($"{ex.Message} got {gateway.Metrics.MessagesIn["sightings"]}; gateway log: {string.Join(" | ", gateway.Logs.Entries.Select(e => e.Message).TakeLast(15))}", ex);
        }

        await agent.StopAsync();
        Assert.Equal(total, gateway.Metrics.MessagesIn["sightings"]);
        Assert.Equal(1, gateway.Metrics.BrokerSessionsLost);
        Assert.True(gateway.Metrics.Duplicates > 0, "the agent sends again what the lost broker state may have swallowed; the gateway recognises what it had");
        Assert.Contains(gateway.Logs.Warnings, w => w.Contains("no longer held the gateway's session", StringComparison.Ordinal));
        Assert.Contains("se_broker_session_lost_total 1", await gateway.Http.GetStringAsync("/metrics"), StringComparison.Ordinal);
        var health = await gateway.Http.GetStringAsync("/health");
        Assert.Contains("\"Degraded\"", health, StringComparison.Ordinal);
        Assert.Contains("lost the gateway\\u0027s session 1 time(s)", health, StringComparison.Ordinal);
        gateway.AssertNoErrorsLogged();
    }

    private static async Task<GatewayFixture> StartGatewayAsync(int port, string? dataDirectory = null, bool provision = true)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Gateway:Broker:Mode"] = "External",
            ["Gateway:Broker:Host"] = "127.0.0.1",
            ["Gateway:Broker:ExternalPort"] = port.ToString(CultureInfo.InvariantCulture),
        };
        var gateway = await GatewayFixture.StartAsync(settings: settings, dataDirectory: dataDirectory);
        if (provision)
        {
            await gateway.ProvisionAsync(GatewayFixture.ScenarioPath("welcome.yaml"));
        }

        return gateway;
    }
}
