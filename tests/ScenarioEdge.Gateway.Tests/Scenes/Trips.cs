using ScenarioEdge.Gateway.Scenes;
using ScenarioEdge.Gateway.Storage;
using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.Gateway.Tests.Scenes;

/// <summary>Days of phone signals for route-habit tests: a store on UTC, Monday 2026-11-16 as day 0.</summary>
internal static class Trips
{
    public static readonly DateTimeOffset Monday = new(2026, 11, 16, 0, 0, 0, TimeSpan.Zero);

    public static readonly StoreLayout Store = StoreLayout.Of(new StoreRecord { Id = "s1" }, []);

    /// <summary>A ride of <paramref name="minutes"/> from <paramref name="hour"/> on <paramref name="day"/>: the phone says cycling (an ambiguous ride), distance to s1 falling from 3 km to 600 m.</summary>
    public static IEnumerable<SceneSignal> Ride(string shopper, int day, double hour, int minutes = 20, double fromM = 3000, double toM = 600)
    {
        var start = Monday.AddDays(day).AddHours(hour);
        for (var s = 0; s < minutes * 60; s += 10)
        {
            var progress = s / (minutes * 60.0);
            yield return SceneSignals.Phone(shopper, new AppActivity
            {
                Id = "a", Ts = start.AddSeconds(s), Activity = PhoneActivity.Cycling, Confidence = 0.6, AccelStdMps2 = 2, SpeedMps = 5.5,
                DistanceToStoreM = fromM + ((toM - fromM) * progress), Store = "s1",
            }, Store, 0);
        }
    }

    /// <summary>The shopper rode at <paramref name="hour"/> on the given days, each ride followed by an hour of silence.</summary>
    public static void History(SceneTracker tracker, string shopper, double hour, params int[] days)
    {
        var output = new List<SceneChange>();
        foreach (var day in days)
        {
            foreach (var signal in Ride(shopper, day, hour))
            {
                tracker.Apply(signal, output);
            }

            // Home, and silent until the next day: the scene expires, the habit stays.
            tracker.Advance("s1", Ticks(day, hour + 1), output);
        }
    }

    public static long Ticks(int day, double hour) => Monday.AddDays(day).AddHours(hour).UtcTicks;
}
