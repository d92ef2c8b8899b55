using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ScenarioEdge.EdgeAgent.Health;
using ScenarioEdge.EdgeAgent.Publishing;
using ScenarioEdge.EdgeAgent.Tests.Support;
using ScenarioEdge.Protocol;
using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.EdgeAgent.Tests.Publishing;

/// <summary>The link against a real mosquitto: outages, agent restarts, birth and will, authentication.</summary>
public class MqttEdgeLinkTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    private static readonly string SightingsTopic = Topics.Sightings("store-1", "scanner-1");
    private static readonly string StatusTopic = Topics.Status("store-1", "scanner-1");

    [Fact]
    public async Task EnqueueAsync_BrokerDownAndAgentRestartedDuringOutage_EveryMessageArrives()
    {
        await using var broker = await Mosquitto.StartAsync();
        using var gateway = new TestSubscriber(broker.Port, SightingsTopic);
        await gateway.ConnectAsync();
        var dataDirectory = AgentHost.TempDirectory();
        var produced = new List<string>();

        var first = await StartAgentAsync(dataDirectory, broker.Port);
        await ProduceAsync(first, produced, 10);
        await gateway.WaitForIdsAsync(produced, Timeout);

        await broker.StopAsync();
        await ProduceAsync(first, produced, 10);
        await first.StopAsync();
        first.Dispose();

        using var second = await StartAgentAsync(dataDirectory, broker.Port);
        await ProduceAsync(second, produced, 10);
        await broker.StartAsync();
        await gateway.ReconnectAsync();
        await ProduceAsync(second, produced, 10);

        await gateway.WaitForIdsAsync(produced, Timeout);
        await second.StopAsync();

        Assert.Equal(40, produced.Count);
        Assert.Equal(produced.Order(StringComparer.Ordinal), gateway.Ids.Where(id => id.StartsWith("m-", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Connect_Start_PublishesRetainedBirthAndOfflineOnStop()
    {
        await using var broker = await Mosquitto.StartAsync();
        using var gateway = new TestSubscriber(broker.Port, StatusTopic);
        await gateway.ConnectAsync();
        var online = gateway.WaitForAsync(s => s.GetProperty("state").GetString() == "online");

        using var agent = await StartAgentAsync(AgentHost.TempDirectory(), broker.Port);
        await online.WaitAsync(Timeout);
        var offline = gateway.WaitForAsync(s => s.GetProperty("state").GetString() == "offline");
        await agent.StopAsync();

        Assert.Equal("offline", (await offline.WaitAsync(Timeout)).GetProperty("state").GetString());
    }

    [Fact]
    public async Task Connect_DeviceCredentials_AreRequiredByTheBroker()
    {
        await using var broker = await Mosquitto.StartAsync(("store-1/scanner-1", "device-secret"), ("gateway", "gateway-secret"));
        using var gateway = new TestSubscriber(broker.Port, StatusTopic, "gateway", "gateway-secret");
        await gateway.ConnectAsync();
        var online = gateway.WaitForAsync(s => s.GetProperty("state").GetString() == "online");

        using var impostor = await StartAgentAsync(AgentHost.TempDirectory(), broker.Port, password: "wrong");
        var health = impostor.Services.GetRequiredService<AgentHealth>();
        var refused = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        health.Changed += () =>
        {
            if (health.Problem()?.Contains("Agent:Broker:Password", StringComparison.Ordinal) == true)
            {
                refused.TrySetResult();
            }
        };
        if (health.Problem()?.Contains("Agent:Broker:Password", StringComparison.Ordinal) == true)
        {
            refused.TrySetResult();
        }

        await Task.WhenAny(refused.Task, Task.Delay(Timeout));
        Assert.True(refused.Task.IsCompleted, $"expected a credentials problem, got: {health.Problem()}");
        await impostor.StopAsync();
        Assert.False(online.IsCompleted);

        using var device = await StartAgentAsync(AgentHost.TempDirectory(), broker.Port, password: "device-secret");
        await online.WaitAsync(Timeout);
        await device.StopAsync();
    }

    private static async Task<IHost> StartAgentAsync(string dataDirectory, int port, string password = "device-secret")
    {
        var settings = AgentHost.Settings(dataDirectory, port);
        settings["Agent:Ble:Enabled"] = "false";
        settings["Agent:Broker:Password"] = password;
        var builder = AgentHost.CreateBuilder(settings);
        builder.AddEdgeLink();
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    private static async Task ProduceAsync(IHost agent, List<string> produced, int count)
    {
        var link = agent.Services.GetRequiredService<IEdgeLink>();
        for (var i = 0; i < count; i++)
        {
            var id = $"m-{produced.Count + 1:D3}";
            produced.Add(id);
            var batch = new SightingsBatch { Id = id, Ts = new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero) };
            await link.EnqueueAsync(new OutboxMessage(SightingsTopic, ProtocolCodec.Encode(batch), OutboxClass.Sightings), CancellationToken.None);
        }
    }
}
