using Microsoft.Extensions.Logging.Abstractions;
using MQTTnet;
using MQTTnet.Protocol;
using ScenarioEdge.Gateway.Tests.Infrastructure;
using ScenarioEdge.Protocol;
using ScenarioEdge.Protocol.Messages;
using ScenarioEdge.Simulation.Running;
using ScenarioEdge.Simulation.Scenarios;

namespace ScenarioEdge.Gateway.Tests.EndToEnd;

/// <summary>
/// simulator/scenarios/shelf.yaml against a real gateway over real MQTT: the virtual shelf runs the edge agent's
/// signal model and lane pipeline, the gateway's shelf stage sets the nearest display and pushes the offer.
/// </summary>
[Collection(SimulatedStoreRuns.Name)]
public sealed class SimulatedShelfTests
{
    [Fact]
    public async Task ScenarioRun_ShopperPicksAndPutsBack_NearestDisplayShowsTheOfferAndTheAppGetsAPush()
    {
        var path = GatewayFixture.ScenarioPath("shelf.yaml");
        await using var gateway = await GatewayFixture.StartAsync([path]);
        // 2x: the display must change within 5 s of scenario time after the first shelf action, part of which passes in
        // the simulated shelf itself (the load cell settling); the wall time left at 8x or 4x was overshot on a loaded
        // 2-core CI machine (9.1 s once at 8x, 5.1 s once at 4x). The expectation itself is unchanged.
        var runner = new ScenarioRunner(ScenarioLoader.LoadFile(path), gateway.RunnerOptions(2), TimeProvider.System, NullLogger.Instance);

        var result = await runner.RunAsync(CancellationToken.None);

        Assert.True(result.Passed, string.Join("; ", result.Expectations.Select(e => $"{e.Expectation}: {e.Detail}")));
        var moves = result.ShelfEvents.Select(e => e.Event).Where(e => e.Kind is ShelfEventKind.Pick or ShelfEventKind.Put).ToList();
        Assert.Equal([(ShelfEventKind.Pick, "a1", "sports-500", 1), (ShelfEventKind.Put, "a1", "sports-500", 1)], moves.Select(e => (e.Kind, e.Lane, e.Sku, e.Count ?? 0)));
        Assert.All(moves, e => Assert.InRange(Math.Abs(e.DeltaGrams!.Value), 540 - 12 - 5, 540 + 12 + 5));

        var display = await RetainedAsync<DisplayContent>(gateway, Topics.Display("store-s", "drinks-display"));
        Assert.Equal(("Sports drink 0.5 l", 1.49m, "EUR", "Second bottle half price", "shelf-offer"), (display.Title, display.Price!.Value, display.Currency, display.Promotion, display.Campaign));
        Assert.DoesNotContain(result.DisplayContents, d => d.Display == "door-display");
        Assert.Contains(result.Pushes, p => p.Shopper == "alice" && p.Push.Campaign == "shelf-offer" && p.Push.Body == "Second bottle half price");

        await Eventually.TrueAsync(() => gateway.Metrics.MessagesIn["shelf"] == result.ShelfEvents.Count, "every shelf event to be accepted by the gateway");
        Assert.Equal(2, gateway.Metrics.DisplayUpdates);
        var push = Assert.Single(gateway.Database.Pushes.Find(p => p.Campaign == "shelf-offer"));
        Assert.Equal(gateway.Shopper("alice"), push.Shopper);
        gateway.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task ScenarioRun_KnockOnALane_PublishesNoEventForIt()
    {
        var path = GatewayFixture.ScenarioPath("shelf.yaml");
        await using var gateway = await GatewayFixture.StartAsync([path]);
        // 2x: the display must change within 5 s of scenario time after the first shelf action, part of which passes in
        // the simulated shelf itself (the load cell settling); the wall time left at 8x or 4x was overshot on a loaded
        // 2-core CI machine (9.1 s once at 8x, 5.1 s once at 4x). The expectation itself is unchanged.
        var runner = new ScenarioRunner(ScenarioLoader.LoadFile(path), gateway.RunnerOptions(2), TimeProvider.System, NullLogger.Instance);

        var result = await runner.RunAsync(CancellationToken.None);

        // The knocked cola lane reports only its settled start-up weight (8 × 350 g), never a pick, put or new level.
        var cola = Assert.Single(result.ShelfEvents, e => e.Event.Lane == "a2").Event;
        Assert.Equal(ShelfEventKind.Weight, cola.Kind);
        Assert.InRange(cola.AfterGrams!.Value, 2800 - 5, 2800 + 5);
        Assert.True(result.ScenarioSeconds > 19, $"the run ended at {result.ScenarioSeconds:0.0} s, before the knock at 18 s had rung out");
        gateway.AssertNoErrorsLogged();
    }

    private static async Task<T> RetainedAsync<T>(GatewayFixture gateway, string topic)
        where T : ProtocolMessage
    {
        var observer = await gateway.CreateObserverAsync("shelf-test");
        await using var mqtt = await TestMqtt.ConnectAsync(gateway.MqttPort, $"test-{Guid.NewGuid():N}", observer.User, observer.Password);
        var received = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        mqtt.Client.ApplicationMessageReceivedAsync += e =>
        {
            var decoded = ProtocolCodec.Decode<T>(e.ApplicationMessage.Payload);
            if (e.ApplicationMessage.Retain && decoded.Ok)
            {
                received.TrySetResult(decoded.Value!);
            }

            return Task.CompletedTask;
        };
        await mqtt.Client.SubscribeAsync(new MqttClientSubscribeOptionsBuilder()
            .WithTopicFilter(f => f.WithTopic(topic).WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce))
            .Build());
        return await received.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }
}
