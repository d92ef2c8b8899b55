using ScenarioEdge.EdgeAgent.Publishing;
using ScenarioEdge.EdgeAgent.Tests.Support;
using ScenarioEdge.EdgeAgent.Wearables;
using ScenarioEdge.Protocol;
using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.EdgeAgent.Tests.Wearables;

public class WearableConnectionsTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task RunAsync_StrapNotifiesOnceASecond_PublishesSamplesTheGatewayAcceptsWithEachNotificationsEventTime()
    {
        using var rig = new WearableRig();
        rig.Connector.Then(WearableRig.Strap, new AttTranscript([.. StrapTranscripts.HeartRateDiscovery, .. StrapTranscripts.HeartRateNotifications]));
        rig.Run();
        await rig.Connector.WhenAsync(c => c.Channels.Count == 1).WaitAsync(Timeout);
        var channel = rig.Connector.Channels[0];

        var messages = new List<OutboxMessage>();
        for (var i = 0; i < 3; i++)
        {
            await channel.Pausing.WaitAsync(Timeout);
            var next = rig.Link.NextAsync();
            rig.Time.Advance(TimeSpan.FromSeconds(1));
            messages.Add(await next.WaitAsync(Timeout));
        }

        await rig.StopAsync();

        Assert.All(messages, m => Assert.Equal((Topics.Wearables("store-1", "scanner-1"), OutboxClass.Wearables, false), (m.Topic, m.Class, m.Retain)));
        Assert.True(TopicParser.TryParse(messages[0].Topic, out var address));
        Assert.Equal(TopicKind.Wearables, address.Kind);
        var samples = messages.Select(m => ProtocolCodec.Decode<WearableSample>(m.Payload)).ToList();
        Assert.All(samples, s => Assert.True(s.Ok, s.Error));
        Assert.Equal(
            [(WearableRig.Start.AddSeconds(1), 72, "923.8"), (WearableRig.Start.AddSeconds(2), 74, "898.4,888.7"), (WearableRig.Start.AddSeconds(3), 75, "")],
            samples.Select(s => (s.Value!.Ts, s.Value.HeartRateBpm!.Value, string.Join(',', (s.Value.RrMs ?? []).Select(r => r.ToString(System.Globalization.CultureInfo.InvariantCulture))))));
        Assert.All(samples, s => Assert.Equal((WearableRig.StrapAdv, WearableProfile.HeartRate, (bool?)true), (s.Value!.Adv, s.Value.Profile, s.Value.SensorContact)));
        Assert.Equal(3, samples.Select(s => s.Value!.Id).Distinct().Count());
        Assert.DoesNotContain("C0:FF:EE", System.Text.Encoding.UTF8.GetString(messages[0].Payload), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task RunAsync_LinkDropsMidDiscovery_ReconnectsAfterBackoffAndThenPublishes()
    {
        using var rig = new WearableRig();
        rig.Connector
            .Then(WearableRig.Strap, new AttTranscript([.. StrapTranscripts.HeartRateDiscovery.Take(7), "x"]))
            .Then(WearableRig.Strap, new AttTranscript([.. StrapTranscripts.HeartRateDiscovery, "< 1B 1000 06 48"]));
        rig.Run();

        var sample = rig.Link.NextAsync();
        await FakeTime.AdvanceUntilAsync(rig.Time, TimeSpan.FromMilliseconds(100), sample, Timeout);
        await rig.StopAsync();

        var calls = rig.Connector.Calls;
        Assert.Equal(2, calls.Count);
        // The first retry waits at least half of ReconnectMinMs (the fake clock is stepped while the loop runs, so
        // only the lower bound is exact; the upper one is BackoffTests' business).
        Assert.True(calls[1].At - calls[0].At >= TimeSpan.FromSeconds(1), $"reconnected after {(calls[1].At - calls[0].At).TotalSeconds} s");
        Assert.True(rig.Connector.Channels[0].Disposed);
        Assert.Equal(72, ProtocolCodec.Decode<WearableSample>((await sample).Payload).Value!.HeartRateBpm);
        Assert.Single(rig.Link.Messages);
    }

    [Fact]
    public async Task RunAsync_StrapOutOfRange_BacksOffExponentiallyWithoutHoldingASlot()
    {
        using var rig = new WearableRig();
        rig.Run();

        await FakeTime.AdvanceUntilAsync(rig.Time, TimeSpan.FromMilliseconds(500), rig.Connector.WhenAsync(c => c.Calls.Count >= 6), Timeout);
        await rig.StopAsync();

        var at = rig.Connector.Calls.Select(c => c.At).ToList();
        var gaps = at.Zip(at.Skip(1), (a, b) => (b - a).TotalSeconds).ToList();
        // Attempt n waits at least half of 2 s·2^(n-1): 1, 2, 4, 8, 16 s; the jitter's upper bound is BackoffTests'.
        for (var n = 1; n <= 5; n++)
        {
            Assert.True(gaps[n - 1] >= Math.Pow(2, n - 1), $"gap {n} was {gaps[n - 1]} s");
        }

        Assert.Equal(6, rig.Stats.ConnectFailures);
    }

    [Fact]
    public async Task RunAsync_MoreStrapsThanSlots_NeverHoldsMoreThanMaxConnections()
    {
        var devices = new Dictionary<string, string> { ["strap-a"] = "C0:FF:EE:00:00:01", ["strap-b"] = "C0:FF:EE:00:00:02", ["strap-c"] = "C0:FF:EE:00:00:03" };
        using var rig = new WearableRig(o => o.MaxConnections = 2, devices);
        foreach (var address in new ulong[] { 0xC0FFEE000001, 0xC0FFEE000002, 0xC0FFEE000003 })
        {
            // Ready, then silent: each holds its slot until the idle timeout drops it.
            rig.Connector.Then(address, new AttTranscript(StrapTranscripts.HeartRateDiscovery)).Then(address, new AttTranscript(StrapTranscripts.HeartRateDiscovery));
        }

        rig.Run();
        await rig.Connector.WhenAsync(c => c.Channels.Count == 2).WaitAsync(Timeout);
        var first = rig.Connector.Calls.Select(c => c.Address.Value).ToHashSet();
        await FakeTime.AdvanceUntilAsync(rig.Time, TimeSpan.FromSeconds(1), rig.Connector.WhenAsync(c => c.Calls.Select(x => x.Address.Value).Distinct().Count() == 3), Timeout);
        var third = rig.Connector.Calls.First(c => !first.Contains(c.Address.Value));
        await rig.StopAsync();

        Assert.Equal(2, rig.Connector.MaxOpen);
        // The third strap only got a slot once an idle timeout (30 s) freed one.
        Assert.True(third.At >= WearableRig.Start.AddSeconds(30), $"third connected at {third.At:HH:mm:ss}");
    }

    [Fact]
    public async Task RunAsync_ConnectOnlyWhenHeard_NeverConnectsUnregisteredAdvertisersAndConnectsTheStrapAsHeard()
    {
        using var rig = new WearableRig(o => o.ConnectOnlyWhenHeard = true);
        rig.Connector.Then(WearableRig.Strap, new AttTranscript(StrapTranscripts.HeartRateDiscovery));
        rig.Run();

        var now = rig.Time.GetUtcNow().UtcTicks;
        for (ulong stranger = 0xC0FFEE000000; stranger < 0xC0FFEE000100; stranger++)
        {
            rig.Roster.Observe(stranger, 0, now);
        }

        rig.Time.Advance(TimeSpan.FromSeconds(5));
        Assert.Empty(rig.Connector.Calls);
        rig.Roster.Observe(WearableRig.Strap, 1, rig.Time.GetUtcNow().UtcTicks);
        await rig.Connector.WhenAsync(c => c.Calls.Count == 1).WaitAsync(Timeout);
        await rig.StopAsync();

        var call = Assert.Single(rig.Connector.Calls);
        Assert.Equal(new WearableAddress(WearableRig.Strap, Random: true), call.Address);
    }

    [Fact]
    public async Task RunAsync_StrapHeardLongAgo_WaitsUntilHeardAgain()
    {
        using var rig = new WearableRig(o => { o.ConnectOnlyWhenHeard = true; o.HeardWithinS = 30; });
        rig.Connector.Then(WearableRig.Strap, new AttTranscript(StrapTranscripts.HeartRateDiscovery));
        rig.Roster.Observe(WearableRig.Strap, 0, rig.Time.GetUtcNow().UtcTicks);
        rig.Time.Advance(TimeSpan.FromSeconds(31));
        rig.Run();

        var heard = rig.Roster.WaitHeardAsync(rig.Roster.Devices[0], TimeSpan.FromSeconds(30), rig.Time, CancellationToken.None);
        Assert.False(heard.IsCompleted);
        rig.Roster.Observe(WearableRig.Strap, 0, rig.Time.GetUtcNow().UtcTicks);
        await heard.WaitAsync(Timeout);
        await rig.Connector.WhenAsync(c => c.Calls.Count == 1).WaitAsync(Timeout);
        await rig.StopAsync();

        Assert.False(Assert.Single(rig.Connector.Calls).Address.Random);
    }

    [Fact]
    public async Task RunAsync_StrapStopsNotifying_IsDroppedAfterTheIdleTimeoutAndReconnected()
    {
        using var rig = new WearableRig(o => o.IdleTimeoutS = 10);
        rig.Connector
            .Then(WearableRig.Strap, new AttTranscript([.. StrapTranscripts.HeartRateDiscovery, "< 1B 1000 06 48"]))
            .Then(WearableRig.Strap, new AttTranscript(StrapTranscripts.HeartRateDiscovery));
        rig.Run();

        await FakeTime.AdvanceUntilAsync(rig.Time, TimeSpan.FromMilliseconds(500), rig.Connector.WhenAsync(c => c.Calls.Count == 2), Timeout);
        await rig.StopAsync();

        Assert.True(rig.Connector.Channels[0].Disposed);
        // Dropped by the 10 s idle timeout (plus at least 1 s of backoff), not by the 30 s discovery timeout.
        Assert.InRange((rig.Connector.Calls[1].At - rig.Connector.Calls[0].At).TotalSeconds, 11, 25);
        Assert.Equal(2, rig.Stats.SessionsReady);
    }

    [Fact]
    public async Task RunAsync_GarbageAndBadMeasurementsWhileStreaming_AreCountedAndTheGoodOneStillPublished()
    {
        using var rig = new WearableRig();
        var flood = Enumerable.Repeat("< FF 00", 500).Append("< 1B10");
        rig.Connector.Then(WearableRig.Strap, new AttTranscript(
        [
            .. StrapTranscripts.HeartRateDiscovery,
            "< 1B 1000 01 48",      // 16-bit rate flagged, one byte given
            "< 1B 1000 04 00",      // 0 bpm: strap not worn
            .. flood,
            "< 1B 2000 06 48",      // a handle we never enabled
            "< 1B 1000 06 49",
            "x",
        ]));
        rig.Run();

        await rig.Connector.WhenAsync(c => c.Channels.Count == 1 && c.Channels[0].Disposed).WaitAsync(Timeout);
        await rig.StopAsync();

        var message = Assert.Single(rig.Link.Messages);
        Assert.Equal(73, ProtocolCodec.Decode<WearableSample>(message.Payload).Value!.HeartRateBpm);
        Assert.Equal((1L, 1L, 501L, 1L), (rig.Stats.DroppedMalformed, rig.Stats.DroppedOutOfRange, rig.Stats.RefusedPdus, rig.Stats.IgnoredNotifications));
    }

    [Fact]
    public async Task RunAsync_OutboxFailsOnce_CostsTheSessionNotTheWearablesLoop()
    {
        using var rig = new WearableRig(link: inner => new FailingOnceLink(inner));
        rig.Connector
            .Then(WearableRig.Strap, new AttTranscript([.. StrapTranscripts.HeartRateDiscovery, "< 1B 1000 06 48"]))
            .Then(WearableRig.Strap, new AttTranscript([.. StrapTranscripts.HeartRateDiscovery, "< 1B 1000 06 49"]));
        rig.Run();

        var published = rig.Link.NextAsync();
        await FakeTime.AdvanceUntilAsync(rig.Time, TimeSpan.FromMilliseconds(100), published, Timeout);
        await rig.StopAsync();

        Assert.Equal(73, ProtocolCodec.Decode<WearableSample>((await published).Payload).Value!.HeartRateBpm);
        Assert.Equal(2, rig.Connector.Calls.Count);
    }

    [Fact]
    public async Task RunAsync_StrapDemandsPairing_IsInTheStatusUntilASessionWorks()
    {
        using var rig = new WearableRig();
        var lines = StrapTranscripts.HeartRateDiscovery.ToList();
        lines[^1] = "< 01 12 1100 05";
        rig.Connector
            .Then(WearableRig.Strap, new AttTranscript([.. lines]))
            .Then(WearableRig.Strap, new AttTranscript([.. StrapTranscripts.HeartRateDiscovery, "< 1B 1000 06 48", "x"]));
        var changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        rig.Health.Changed += () => changed.TrySetResult();
        rig.Run();

        await changed.Task.WaitAsync(Timeout);
        var problem = rig.Health.Problem();
        await FakeTime.AdvanceUntilAsync(rig.Time, TimeSpan.FromMilliseconds(100), rig.Connector.WhenAsync(c => c.Channels.Count == 2 && c.Channels[1].Disposed), Timeout);
        await rig.StopAsync();

        Assert.Contains("wearable hr-strap-7", problem, StringComparison.Ordinal);
        Assert.Contains("pairing", problem, StringComparison.Ordinal);
        Assert.Null(rig.Health.Problem());
    }

    private sealed class FailingOnceLink(IEdgeLink inner) : IEdgeLink
    {
        private int calls;

        public ValueTask EnqueueAsync(OutboxMessage message, CancellationToken cancellationToken) =>
            Interlocked.Increment(ref calls) == 1 ? throw new IOException("No space left on device") : inner.EnqueueAsync(message, cancellationToken);

        public IDisposable Subscribe(string topicFilter, Func<string, ReadOnlyMemory<byte>, CancellationToken, ValueTask> handler) => inner.Subscribe(topicFilter, handler);
    }
}
