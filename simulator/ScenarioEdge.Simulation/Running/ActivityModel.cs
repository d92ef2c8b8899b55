using ScenarioEdge.Protocol.Messages;
using ScenarioEdge.Simulation.Scenarios;

namespace ScenarioEdge.Simulation.Running;

/// <summary>What a shopper's phone and wearable report while doing something (a journey step's <c>doing</c>).</summary>
internal static class ActivityModel
{
    /// <summary>The step's activity at scenario time <paramref name="t"/>, or null when the journey says nothing.</summary>
    public static string? DoingAt(ShopperSpec shopper, double t) => shopper.Journey.LastOrDefault(s => s.At <= t)?.Doing;

    /// <summary>The distance to the store the phone reports at scenario time <paramref name="t"/>, from the latest step that says what the shopper does.</summary>
    public static double? DistanceAt(ShopperSpec shopper, double t) => shopper.Journey.LastOrDefault(s => s.At <= t && s.Doing is not null)?.DistanceM;

    /// <summary>The phone's activity uplink; with a distance, it names the store the distance is to.</summary>
    public static AppActivity Phone(string doing, string id, DateTimeOffset now, string store, double? distanceM) => Phone(doing, id, now) with
    {
        Store = distanceM is null ? null : store,
        DistanceToStoreM = distanceM,
    };

    private static AppActivity Phone(string doing, string id, DateTimeOffset now) => ActivityWords.Class(doing) switch
    {
        "running" => new AppActivity { Id = id, Ts = now, Activity = PhoneActivity.Running, Confidence = 0.9, SpeedMps = 3.1, AccelStdMps2 = 11 },
        "cycling" => new AppActivity { Id = id, Ts = now, Activity = PhoneActivity.Cycling, Confidence = 0.8, SpeedMps = 6.5, AccelStdMps2 = 2.5 },
        "walking" => new AppActivity { Id = id, Ts = now, Activity = PhoneActivity.Walking, Confidence = 0.8, SpeedMps = 1.4, AccelStdMps2 = 3 },
        "vehicle" => new AppActivity { Id = id, Ts = now, Activity = PhoneActivity.InVehicle, Confidence = 0.8, SpeedMps = 12, AccelStdMps2 = 0.5 },
        _ => new AppActivity { Id = id, Ts = now, Activity = PhoneActivity.Still, Confidence = 0.9, AccelStdMps2 = 0.015 },
    };

    public static WearableSample HeartRate(ShopperSpec shopper, string doing, string id, DateTimeOffset now)
    {
        var rest = shopper.RestingHr ?? 65;
        var max = shopper.MaxHr ?? 185;
        var reserve = ActivityWords.Class(doing) switch { "running" => 0.7, "cycling" => 0.6, "walking" => 0.25, "vehicle" => 0.08, _ => 0.03 };
        return new WearableSample
        {
            Id = id, Ts = now, Adv = shopper.Wearable!, Profile = WearableProfile.HeartRate, Rssi = -80,
            HeartRateBpm = (int)Math.Round(rest + (reserve * (max - rest))), SensorContact = true,
        };
    }
}
