using Microsoft.Extensions.Options;
using ScenarioEdge.Gateway.Scenes;
using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.Gateway.Tests.Scenes;

public sealed class LiveSignalsTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 30, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Observe_WearableAndPhoneSignals_NoAllocationAfterTheFirstPerShopper()
    {
        var live = new LiveSignals(Options.Create(new SceneOptions()));
        var profile = new ShopperProfile("alice", System.Collections.Frozen.FrozenSet<string>.Empty, [], 60, 190);
        var wearable = SceneSignals.Wearable(profile, new WearableSample { Id = "w", Ts = T0, Adv = "strap", Profile = WearableProfile.HeartRate, HeartRateBpm = 150, CadenceSpm = 170 }, null, 0);
        var phone = SceneSignals.Phone("alice", new AppActivity { Id = "a", Ts = T0, Activity = PhoneActivity.Running, Store = "store-f", DistanceToStoreM = 120 }, null, 0);
        live.Observe(wearable);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 10_000; i++)
        {
            live.Observe(wearable with { AtTicks = wearable.AtTicks + i });
            live.Observe(phone with { AtTicks = phone.AtTicks + i });
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        var reading = live.Of("alice");
        Assert.Equal(69.2, reading.HeartRateReservePct, 1);
        Assert.Equal(170, reading.Cadence);
        Assert.Equal(("store-f", 120.0), (reading.DistanceStore, reading.DistanceToStoreM));
    }

    [Fact]
    public void Observe_OlderSignalAfterNewer_KeepsTheNewer()
    {
        var live = new LiveSignals(Options.Create(new SceneOptions()));
        live.Observe(SceneSignals.Phone("alice", new AppActivity { Id = "a", Ts = T0, Activity = PhoneActivity.Walking, Store = "store-f", DistanceToStoreM = 50 }, null, 0));
        live.Observe(SceneSignals.Phone("alice", new AppActivity { Id = "b", Ts = T0.AddMinutes(-1), Activity = PhoneActivity.Walking, Store = "store-g", DistanceToStoreM = 900 }, null, 0));

        Assert.Equal(("store-f", 50.0, T0.UtcTicks), (live.Of("alice").DistanceStore, live.Of("alice").DistanceToStoreM, live.Of("alice").DistanceAtTicks));
        Assert.Equal(LiveReading.None, live.Of("bob"));
    }
}
