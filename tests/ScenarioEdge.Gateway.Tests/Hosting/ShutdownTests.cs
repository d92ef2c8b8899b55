using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using MQTTnet;
using MQTTnet.Protocol;
using ScenarioEdge.Demo;
using ScenarioEdge.Gateway.Delivery;
using ScenarioEdge.Gateway.Tests.Delivery;
using ScenarioEdge.Gateway.Tests.Infrastructure;
using ScenarioEdge.Protocol;
using Xunit.Abstractions;

namespace ScenarioEdge.Gateway.Tests.Hosting;

/// <summary>Stopping the gateway: quickly with clients connected, and without losing work it accepted.</summary>
public sealed class ShutdownTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task Stop_WithDeviceAndAppConnected_FinishesUnderFiveSeconds()
    {
        var gateway = await GatewayFixture.StartAsync([GatewayFixture.ScenarioPath("welcome.yaml")]);
        await using var door = await gateway.ConnectAsync("door-1");
        await using var app = await gateway.ConnectAsync(gateway.Install("alice"));
        await app.Client.SubscribeAsync(Topics.AppPush(gateway.Install("alice")), MqttQualityOfServiceLevel.AtLeastOnce);
        var closed = new TaskCompletionSource<MqttClientDisconnectReason>(TaskCreationOptions.RunContinuationsAsynchronously);
        door.Client.DisconnectedAsync += e =>
        {
            closed.TrySetResult(e.Reason);
            return Task.CompletedTask;
        };

        var clock = Stopwatch.StartNew();
        await gateway.DisposeAsync();

        output.WriteLine($"stopped in {clock.Elapsed.TotalSeconds:0.000} s");
        Assert.True(clock.Elapsed < Bound, $"the gateway took {clock.Elapsed.TotalSeconds:0.0} s to stop with two MQTT clients connected");
        Assert.Equal(MqttClientDisconnectReason.ServerShuttingDown, await closed.Task.WaitAsync(TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task Stop_WhileTheDemoPlays_DemoStopsAndTheGatewayFinishesUnderFiveSeconds()
    {
        var gateway = await GatewayFixture.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Demo:Enabled"] = "true",
            ["Demo:Scenario"] = GatewayFixture.ScenarioPath("demo.yaml"),
        }, host: DemoHost.Configure);
        await Eventually.TrueAsync(() => gateway.Metrics.MessagesIn["sightings"] > 3, "the demo to play");

        var clock = Stopwatch.StartNew();
        await gateway.DisposeAsync();

        output.WriteLine($"stopped in {clock.Elapsed.TotalSeconds:0.000} s");
        Assert.True(clock.Elapsed < Bound, $"the gateway took {clock.Elapsed.TotalSeconds:0.0} s to stop while the demo played");
        Assert.True(!gateway.Logs.Errors.Any(), string.Join("\n", gateway.Logs.Errors));
    }

    [Fact]
    public async Task Stop_WithThousandsOfPushesQueued_LosesNoneAndTheAppGetsEveryOneAfterTheRestart()
    {
        const int Pushes = 5000;
        var data = Directory.CreateTempSubdirectory("se-gw-").FullName;
        var first = await GatewayFixture.StartAsync([GatewayFixture.ScenarioPath("welcome.yaml")], dataDirectory: data);
        var install = first.Install("alice");
        var (user, password) = first.Credentials.For(install)!.Value;
        var queue = first.App.Services.GetRequiredService<PushQueue>();
        for (var i = 0; i < Pushes; i++)
        {
            queue.Enqueue(PushDeliveryTests.Intent(first, $"campaign-{i}"));
        }

        var metrics = first.Metrics;
        var clock = Stopwatch.StartNew();
        await first.DisposeAsync();

        output.WriteLine($"stopped in {clock.Elapsed.TotalSeconds:0.000} s");
        Assert.True(clock.Elapsed < Bound, $"the gateway took {clock.Elapsed.TotalSeconds:0.0} s to stop with {Pushes} pushes queued");
        Assert.Equal(Pushes, metrics.PushesOut + metrics.PushesDeferred);
        Assert.Equal(0, metrics.ShutdownDropped["push"]);
        await using var second = await GatewayFixture.StartAsync(dataDirectory: data);
        // What was kept at shutdown is delivered at start; nothing has reached the app yet.
        await Eventually.TrueAsync(() => second.Database.DeferredPushes.Count() == 0, "the kept intents to be delivered", TimeSpan.FromSeconds(60));
        Assert.Equal(Pushes, second.Database.Pushes.Count());
        Assert.Equal(Pushes, second.Database.Pushes.Count(p => p.DeliveredAt == null));

        await using var app = new PushApp(second.MqttPort, install, user, password);
        await app.ConnectAsync();

        await Eventually.TrueAsync(() => second.Metrics.PushesDelivered == Pushes, $"all {Pushes} pushes to reach the app", TimeSpan.FromSeconds(60));
        Assert.Equal(Pushes, app.Received.Distinct().Count());
        Assert.Equal(0, second.Database.Pushes.Count(p => p.DeliveredAt == null));
        second.AssertNoErrorsLogged();
    }
}
