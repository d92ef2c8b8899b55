using Microsoft.Extensions.Logging.Abstractions;
using ScenarioEdge.Gateway.Delivery;
using ScenarioEdge.Gateway.Observability;

namespace ScenarioEdge.Gateway.Tests.Delivery;

/// <summary>
/// The app push channel under a burst of sends: the campaign runtime once decided faster than pushes were recorded,
/// the push queue (10,000) overflowed, and pushes the decision log called sent were dropped. Now the hand-off waits.
/// </summary>
public sealed class AppPushChannelTests
{
    [Fact]
    public async Task DeliverAsync_QueueFull_WaitsForRoomInsteadOfDroppingThePush()
    {
        using var metrics = new GatewayMetrics();
        var queue = new PushQueue(metrics, new RefusalLog(TimeProvider.System, NullLogger<RefusalLog>.Instance));
        var channel = new AppPushChannel(queue);
        for (var i = 0; i < 10_000; i++)
        {
            Assert.True(await channel.DeliverAsync(Message(i), CancellationToken.None));
        }

        var waiting = channel.DeliverAsync(Message(10_000), CancellationToken.None).AsTask();

        Assert.False(waiting.IsCompleted, "a full queue holds the hand-off until delivery takes one");
        Assert.True(queue.Reader.TryRead(out _));
        Assert.True(await waiting.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(10_000, queue.Reader.Count);
    }

    private static CampaignMessage Message(int i) => new(
        $"c-{i}", 1, "shp-1", "store-1", TimeProvider.System.GetUtcNow(), 0, "storeEntered in store store-1",
        new PushPart("Welcome", "Offers today", "app://offers", null, null), null);
}
