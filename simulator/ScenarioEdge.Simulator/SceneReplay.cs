using ScenarioEdge.Protocol.Messages;
using ScenarioEdge.Provisioning;
using ScenarioEdge.Scenes;
using ScenarioEdge.Simulation.Evaluation;

namespace ScenarioEdge.Simulator;

/// <summary>
/// The production scene engine driven directly, single-threaded and in event time: one <see cref="SceneTracker"/>,
/// fed through the same <see cref="SceneSignals"/> translation as live ingest. For evaluations and benchmarks.
/// Every store is taken to keep UTC (labelled rows count from a UTC midnight), so local time, commute hours and
/// route habits work as live; signals with no store (the phone far from any) have no local time, as live.
/// </summary>
public sealed class SceneReplay(SceneOptions options) : ISceneJudge
{
    private readonly SceneTracker _tracker = new(options);
    private readonly List<SceneChange> _output = [];
    private readonly Dictionary<string, ShopperProfile> _wearables = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StoreLayout> _stores = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _decisions = new(StringComparer.Ordinal);
    private readonly List<(string Shopper, string Kind, DateTimeOffset At, string? Zone)> _log = [];

    public IReadOnlyDictionary<string, int> Decisions => _decisions;

    public IReadOnlyList<(string Shopper, string Kind, DateTimeOffset At, string? Zone)> Log => _log;

    public void Register(string shopper, string? wearable, int? restingHr, int? maxHr)
    {
        if (wearable is not null)
        {
            _wearables[wearable] = new ShopperProfile(
                shopper, System.Collections.Frozen.FrozenSet<string>.Empty, [wearable], restingHr ?? double.NaN, maxHr ?? double.NaN);
        }
    }

    public void DefineStore(StoreSpec store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var plan = new StorePlan(store.Id, store.TimeZone, store.ZoneMethod, [.. store.Zones.Select(z => new ZonePlan(z.Id, z.DwellS, z.X, z.Y, z.Fingerprint))]);
        // A beacon marked `registered: false` is a neighbour's, not the store's: the layout does not know it.
        var beacons = store.Beacons.Where(b => b.Registered).Select(b => new LayoutScanner(BeaconPlacement.SlotPrefix + b.Beacon, b.Zone, b.X, b.Y)).ToList();
        if (StoreLayout.Validate(plan, store.Scanners.Select(s => s.Device).Concat(beacons.Select(b => b.Id))) is { } invalid)
        {
            throw new ScenarioException(invalid);
        }

        _stores[store.Id] = StoreLayout.Of(plan, store.Scanners.Select(s => new DevicePlacement(s.Device, "scanner", s.Zone, s.X, s.Y)), beacons);
    }

    public void Sightings(string store, string scanner, string zone, SightingsBatch batch)
    {
        var layout = Layout(store);
        foreach (var s in batch.Sightings)
        {
            Apply(SceneSignals.Sighting(s.Adv, store, scanner, zone, layout, s.RssiSmoothed ?? s.Rssi, s.Ts, 0));
        }
    }

    public void Wearable(string store, WearableSample sample)
    {
        if (_wearables.TryGetValue(sample.Adv, out var owner))
        {
            Apply(SceneSignals.Wearable(owner, sample, Layout(store), 0));
        }
    }

    public void Phone(string shopper, AppActivity activity) =>
        Apply(SceneSignals.Phone(shopper, activity, activity.Store is null ? null : Layout(activity.Store), 0));

    public void Advance(DateTimeOffset at)
    {
        foreach (var store in _stores.Keys)
        {
            _tracker.Advance(store, at.UtcTicks, _output);
        }

        Flush();
    }

    public SceneState StateOf(string shopper) => _tracker.Find(shopper)?.State ?? SceneState.Unknown;

    public string? ZoneOf(string shopper) => _tracker.Find(shopper)?.Zone;

    private StoreLayout Layout(string store)
    {
        if (!_stores.TryGetValue(store, out var layout))
        {
            layout = StoreLayout.Of(new StorePlan(store, "UTC", null, []), []);
            _stores[store] = layout;
        }

        return layout;
    }

    private void Apply(in SceneSignal signal)
    {
        _tracker.Apply(signal, _output);
        Flush();
    }

    private void Flush()
    {
        foreach (var change in _output)
        {
            var kind = change.Kind.ToString();
            _decisions[kind] = _decisions.GetValueOrDefault(kind) + 1;
            _log.Add((change.Shopper, kind, change.At, change.Zone));
        }

        _output.Clear();
    }
}
