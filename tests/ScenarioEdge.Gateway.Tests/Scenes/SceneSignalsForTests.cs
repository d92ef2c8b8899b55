using ScenarioEdge.Gateway.Scenes;
using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.Gateway.Tests.Scenes;

/// <summary>Builds scene signals through the production translation, as ingest does.</summary>
internal static class Signals
{
    public static readonly DateTimeOffset T0 = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    public static SceneSignal Seen(string zone, double rssi, double atS, string shopper = "alice", string? scanner = null) =>
        SceneSignals.Sighting(shopper, "s1", scanner ?? $"scan-{zone}", zone, null, rssi, T0.AddSeconds(atS), 0);

    public static SceneSignal Phone(double atS, PhoneActivity activity, double? accel = null, double? speed = null, double? distance = null, double confidence = 0.8, string shopper = "alice") =>
        SceneSignals.Phone(shopper, new AppActivity
        {
            Id = "a", Ts = T0.AddSeconds(atS), Activity = activity, Confidence = confidence, AccelStdMps2 = accel, SpeedMps = speed,
            DistanceToStoreM = distance, Store = distance is null ? null : "s1",
        }, null, 0);

    public static SceneSignal Heart(double atS, int bpm, int? cadence = null, string shopper = "alice") =>
        SceneSignals.Wearable(
            new ShopperProfile(shopper, System.Collections.Frozen.FrozenSet<string>.Empty, ["strap"], 60, 190),
            new WearableSample { Id = "w", Ts = T0.AddSeconds(atS), Adv = "strap", Profile = WearableProfile.HeartRate, HeartRateBpm = bpm, CadenceSpm = cadence },
            null, 0);

    public static long Ticks(double atS) => T0.AddSeconds(atS).UtcTicks;
}
