using BenchmarkDotNet.Attributes;
using ScenarioEdge.Scenes;
using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.Benchmarks.Scenes;

/// <summary>
/// Signals classified per second on one core with 100,000 live shoppers in one partition: a mix of phone activity,
/// heart-rate samples and in-store sightings, each applied to its shopper's scene (lookup, evidence, decision).
/// One operation = one signal. Bytes per live shopper are measured in the global setup and printed.
/// With <see cref="Habits"/> the store keeps UTC and the phone reports its distance to it, and every shopper has
/// ridden at this time on the four days before: each activity signal is judged and learnt by a route habit.
/// </summary>
[MemoryDiagnoser]
public class SceneEngineBenchmarks
{
    private const int Shoppers = 100_000;
    private const int Batch = 4096;
    private static readonly DateTimeOffset T0 = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);
    private readonly List<SceneChange> _output = new(1024);
    private SceneTracker _tracker = null!;
    private SceneSignal[] _signals = [];
    private long _shift;

    /// <summary>How the store turns sightings into zones (the fingerprint method does the most arithmetic).</summary>
    [Params("strongest", "fingerprint")]
    public string ZoneMethod { get; set; } = "strongest";

    [Params(false, true)]
    public bool Habits { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        // Without habits: route regularity switched off, so the figure shows what the habit costs on top.
        var options = new SceneOptions { Routes = new() { RouteHabits = Habits } };
        var layout = Layout(ZoneMethod);
        var ids = Enumerable.Range(0, Shoppers).Select(i => $"shopper-{i:x8}").ToArray();
        var profile = new ShopperProfile("p", System.Collections.Frozen.FrozenSet<string>.Empty, ["strap"], 60, 190);
        var random = new Random(5);
        _signals = new SceneSignal[Shoppers * 3];
        for (var i = 0; i < Shoppers; i++)
        {
            var at = T0.AddMilliseconds(random.Next(1000));
            _signals[i * 3] = SceneSignals.Phone(ids[i], new AppActivity
            {
                Id = "a", Ts = at, Activity = PhoneActivity.Walking, Confidence = 0.7, AccelStdMps2 = 2.5, SpeedMps = 1.3,
                DistanceToStoreM = Habits ? 800 + (i % 5000) : null, Store = Habits ? "s1" : null,
            }, layout, 0);
            _signals[(i * 3) + 1] = SceneSignals.Wearable(profile with { Id = ids[i] }, new WearableSample { Id = "w", Ts = at, Adv = "strap", Profile = WearableProfile.HeartRate, HeartRateBpm = 95 }, layout, 0);
            _signals[(i * 3) + 2] = SceneSignals.Sighting(ids[i], "s1", $"scan-{i % 8}", $"zone-{i % 8}", layout, -65 - (i % 15), at, 0);
        }

        random.Shuffle(_signals);
        var before = GC.GetTotalMemory(forceFullCollection: true);
        _tracker = new SceneTracker(options);
        for (var day = Habits ? -4 : 0; day <= 0; day++)
        {
            var shift = TimeSpan.FromDays(day).Ticks;
            foreach (var s in _signals)
            {
                _tracker.Apply(s with { AtTicks = s.AtTicks + shift }, _output);
            }
        }

        _output.Clear();
        var after = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine($"// bytes per live shopper (habits {Habits}): {(after - before) / (double)_tracker.Count:0} ({_tracker.Count} shoppers, {_tracker.Habits.Count} route habits, ids excluded)");
    }

    /// <summary>A store of 8 zones with a scanner each; with fingerprints, each zone hears its own scanner best.</summary>
    private static StoreLayout Layout(string method)
    {
        var zones = new List<ZonePlan>();
        var devices = new List<DevicePlacement>();
        for (var z = 0; z < 8; z++)
        {
            var fingerprint = new Dictionary<string, double>(StringComparer.Ordinal);
            for (var s = 0; s < 8; s++)
            {
                fingerprint[$"scan-{s}"] = -60 - (6 * Math.Abs(s - z));
            }

            zones.Add(new ZonePlan($"zone-{z}", 20, z * 6, 0, fingerprint));
            devices.Add(new DevicePlacement($"scan-{z}", "scanner", $"zone-{z}", z * 6, 0));
        }

        return StoreLayout.Of(new StorePlan("s1", "UTC", method, zones), devices);
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public int ApplySignal()
    {
        // Each invocation moves event time on by a second, so evidence fades and decisions run as in life.
        _shift += TimeSpan.FromSeconds(1).Ticks;
        var start = (int)(_shift / TimeSpan.TicksPerSecond * Batch % (_signals.Length - Batch));
        for (var i = start; i < start + Batch; i++)
        {
            _tracker.Apply(_signals[i] with { AtTicks = _signals[i].AtTicks + _shift }, _output);
        }

        var n = _output.Count;
        _output.Clear();
        return n;
    }
}
