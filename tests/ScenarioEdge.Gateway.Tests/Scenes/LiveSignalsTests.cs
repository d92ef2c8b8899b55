using ScenarioEdge.Gateway.Scenes;
using ScenarioEdge.Protocol.Messages;
using ScenarioEdge.Tests.Shared;

namespace ScenarioEdge.Gateway.Tests.Scenes;

public sealed class LiveSignalsTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 30, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Observe_WearableAndPhoneSignals_NoAllocationAfterTheFirstPerShopper()
    {
        var live = LiveSignalsBoundTests.Live();
        var profile = new ShopperProfile("alice", System.Collections.Frozen.FrozenSet<string>.Empty, [], 60, 190);
        var wearable = SceneSignals.Wearable(profile, new WearableSample { Id = "w", Ts = T0, Adv = "strap", Profile = WearableProfile.HeartRate, HeartRateBpm = 150, CadenceSpm = 170 }, null, 0);
        var phone = SceneSignals.Phone("alice", new AppActivity { Id = "a", Ts = T0, Activity = PhoneActivity.Running, Store = "store-f", DistanceToStoreM = 120 }, null, 0);
        // The first of each kind is outside the count: it makes the shopper's entry, and the first comparison of two
        // readings creates the runtime's shared equality comparers once per process (which test runs first decides
        // whether this one pays for them).
        live.Observe(wearable);
        live.Observe(phone);

        var step = 0L;
        var allocated = Allocations.LeastPerBatch(() =>
        {
            for (var i = 0; i < 10_000; i++)
            {
                step++;
                live.Observe(wearable with { AtTicks = wearable.AtTicks + step });
                live.Observe(phone with { AtTicks = phone.AtTicks + step });
            }
        });

        Assert.Equal(0, allocated);
        var reading = live.Of("alice");
        Assert.Equal(69.2, reading.HeartRateReservePct, 1);
        Assert.Equal(170, reading.Cadence);
        Assert.Equal(("store-f", 120.0), (reading.DistanceStore, reading.DistanceToStoreM));
    }

    [Fact]
    public void Observe_OlderSignalAfterNewer_KeepsTheNewer()
    {
        var live = LiveSignalsBoundTests.Live();
        live.Observe(SceneSignals.Phone("alice", new AppActivity { Id = "a", Ts = T0, Activity = PhoneActivity.Walking, Store = "store-f", DistanceToStoreM = 50 }, null, 0));
        live.Observe(SceneSignals.Phone("alice", new AppActivity { Id = "b", Ts = T0.AddMinutes(-1), Activity = PhoneActivity.Walking, Store = "store-g", DistanceToStoreM = 900 }, null, 0));

        Assert.Equal(("store-f", 50.0, T0.UtcTicks), (live.Of("alice").DistanceStore, live.Of("alice").DistanceToStoreM, live.Of("alice").DistanceAtTicks));
        Assert.Equal(LiveReading.None, live.Of("bob"));
    }
}
