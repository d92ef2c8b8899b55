using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ScenarioEdge.Gateway.Scenes;
using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.Gateway.Tests.Scenes;

/// <summary>
/// Live signals are bounded by event time: idle shoppers go once the newest event time has passed the longest
/// freshness window (plus the allowed skew), a fresh reading stays, and a wrong clock neither brings back nor pushes
/// out a reading.
/// </summary>
public sealed class LiveSignalsBoundTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 30, 8, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Keep = TimeSpan.FromMinutes(15);
    private static readonly TimeSpan Skew = new GatewayOptions().MaxClockSkewAhead;
    private static readonly ShopperProfile Profile = new("alice", System.Collections.Frozen.FrozenSet<string>.Empty, [], 60, 190);

    /// <summary>A live-signal store kept for the campaigns' default windows, on <paramref name="time"/> (default: a clock at T0 + 1 h).</summary>
    internal static LiveSignals Live(SceneOptions? options = null, TimeProvider? time = null) =>
        new(Options.Create(options ?? new SceneOptions()), Options.Create(new LiveSignalOptions().Cover(TimeSpan.FromMinutes(2)).Cover(Keep)),
            Options.Create(new GatewayOptions()), time ?? new FakeTimeProvider(T0.AddHours(1)));

    [Fact]
    public void Observe_TenThousandIdleShoppersThenEventTimePassesTheBound_OnlyTheFreshShopperLeft()
    {
        var live = Live();
        for (var i = 0; i < 10_000; i++)
        {
            live.Observe(HeartRate($"idle-{i}", T0, 120));
        }

        Assert.Equal(10_000, live.Shoppers);

        var later = T0 + Keep + Skew + LiveSignals.SweepEvery + TimeSpan.FromSeconds(1);
        live.Observe(HeartRate("alice", later, 150));

        Assert.Equal(1, live.Shoppers);
        Assert.Equal(LiveReading.None, live.Of("idle-0"));
        Assert.Equal(later.UtcTicks, live.Of("alice").HeartAtTicks);
    }

    [Fact]
    public void Advance_StoreClockPassesTheBoundWithoutSignals_IdleShoppersSwept()
    {
        var live = Live();
        live.Observe(HeartRate("idle", T0, 120));
        live.Advance((T0 + Keep + Skew).UtcTicks);
        Assert.Equal(1, live.Shoppers);

        live.Advance((T0 + Keep + Skew + LiveSignals.SweepEvery + TimeSpan.FromSeconds(1)).UtcTicks);

        Assert.Equal(0, live.Shoppers);
    }

    [Fact]
    public void Observe_ReadingStillWithinTheBound_KeptAcrossSweeps()
    {
        var live = Live();
        live.Observe(Distance("alice", T0, 300));
        live.Observe(HeartRate("bob", T0.AddMinutes(5), 120));

        // bob's clock reaches T0 + 19 min: alice's distance is 19 minutes old, within 15 min + 5 min of skew.
        live.Observe(HeartRate("bob", T0.AddMinutes(19), 120));

        Assert.Equal(2, live.Shoppers);
        Assert.Equal(300, live.Of("alice").DistanceToStoreM);
    }

    [Fact]
    public void Observe_SignalDatedFarInThePast_NeitherResurrectsNorReplacesAFresherReading()
    {
        var live = Live();
        live.Observe(HeartRate("idle", T0, 120));
        var later = T0.AddMinutes(30);
        live.Observe(HeartRate("alice", later, 150));
        Assert.Equal(LiveReading.None, live.Of("idle"));

        live.Observe(HeartRate("idle", T0.AddMinutes(1), 130));
        live.Observe(HeartRate("alice", T0.AddMinutes(1), 90));

        Assert.Equal(LiveReading.None, live.Of("idle"));
        Assert.Equal(1, live.Shoppers);
        Assert.Equal(later.UtcTicks, live.Of("alice").HeartAtTicks);
    }

    [Fact]
    public void NearStores_DistanceOlderThanTheBoundAtTheAlert_NotReturned()
    {
        var live = Live();
        live.Observe(Distance("fay", T0, 300));
        live.Observe(Distance("joy", T0.AddMinutes(-16), 200));
        live.Observe(Distance("gus", T0.AddMinutes(-1), 50) with { Store = "store-g" });

        var near = live.NearStores(["store-f"], T0.AddMinutes(1)).Select(n => n.Shopper).ToList();

        Assert.Equal(["fay"], near);
        Assert.Empty(live.NearStores(["store-f"], T0 + Keep + TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public void Observe_GatewayClockBehindTheEventClock_ClockCappedAndNewSignalsTaken()
    {
        // The gateway's clock says T0 but a signal from before it was set back says T0 + 2 h: the next signal at T0 is
        // not "stale", and the sweep does not run on the wrong time.
        var live = Live(time: new FakeTimeProvider(T0));
        live.Observe(HeartRate("early", T0.AddHours(2), 120));
        live.Observe(HeartRate("alice", T0, 150));

        Assert.Equal(T0.UtcTicks, live.Of("alice").HeartAtTicks);
        Assert.Equal(T0.AddHours(2).UtcTicks, live.Of("early").HeartAtTicks);
    }

    internal static SceneSignal HeartRate(string shopper, DateTimeOffset at, int bpm) =>
        SceneSignals.Wearable(Profile with { Id = shopper }, new WearableSample { Id = "w", Ts = at, Adv = "strap", Profile = WearableProfile.HeartRate, HeartRateBpm = bpm }, null, 0);

    private static SceneSignal Distance(string shopper, DateTimeOffset at, double metres) =>
        SceneSignals.Phone(shopper, new AppActivity { Id = "a", Ts = at, Activity = PhoneActivity.Unknown, Store = "store-f", DistanceToStoreM = metres }, null, 0);
}
