namespace ScenarioEdge.Scenes;

/// <summary>
/// The scenes of every shopper owned by one partition. Single-threaded by contract: only its partition worker (or
/// one replay) calls it. State is created on the first qualifying signal and dropped once a shopper has been idle
/// for the expiry period, so memory follows the shoppers actually around.
/// </summary>
public sealed class SceneTracker(SceneOptions options)
{
    private static readonly long SweepEvery = TimeSpan.FromSeconds(30).Ticks;
    private readonly Dictionary<string, ShopperScene> _shoppers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<ShopperScene>> _inStore = new(StringComparer.Ordinal);
    private readonly List<ShopperScene> _scratch = [];
    private readonly ZoneIndex _zones = new();
    private long _watermark;
    private long _lastSweep;

    /// <summary>Route habits of this partition's shoppers; they outlive the scenes.</summary>
    public RouteHabits Habits { get; } = new(options.Routes);

    /// <summary>Shoppers with state in this partition.</summary>
    public int Count => _shoppers.Count;

    /// <summary>Signals dropped because they came later than the tolerance.</summary>
    public long Late { get; private set; }

    public ShopperScene? Find(string shopper) => _shoppers.GetValueOrDefault(shopper);

    /// <summary>Applies one signal; adds the changes it caused to <paramref name="output"/>.</summary>
    public void Apply(in SceneSignal signal, List<SceneChange> output)
    {
        if (!_shoppers.TryGetValue(signal.Shopper, out var scene))
        {
            if (signal.Kind == SignalKind.Sighting && signal.Rssi < options.Presence.PresenceThresholdDbm)
            {
                // A faint sighting of someone we hold nothing on is no reason to start holding something.
                return;
            }

            scene = new ShopperScene(signal.Shopper, options);
            _shoppers[signal.Shopper] = scene;
        }

        var wasIn = scene.InStore ? scene.Store : null;
        var first = output.Count;
        var activity = signal.Kind != SignalKind.Sighting && options.Routes.RouteHabits;
        if (activity)
        {
            scene.Habit ??= Habits.For(signal);
        }

        if (!scene.Apply(signal, output))
        {
            Late++;
        }
        else if (activity && scene.Habit is { } habit)
        {
            // Learning after judging: the habit judges by past days only, so today's trip never boosts itself.
            Habits.Observe(habit, signal, scene.LastTicks);
        }

        if (output.Count > first)
        {
            Track(scene, wasIn);
        }

        _watermark = Math.Max(_watermark, signal.AtTicks);
    }

    /// <summary>Event time of <paramref name="store"/> reached <paramref name="watermark"/>; decides exits and dwells there.</summary>
    public void Advance(string store, long watermark, List<SceneChange> output)
    {
        _watermark = Math.Max(_watermark, watermark);
        if (_inStore.TryGetValue(store, out var present))
        {
            _scratch.AddRange(present);
            foreach (var scene in _scratch)
            {
                var first = output.Count;
                scene.Advance(watermark, output);
                if (output.Count > first)
                {
                    Track(scene, store);
                }
            }

            _scratch.Clear();
        }

        if (_watermark - _lastSweep >= SweepEvery)
        {
            Sweep(output);
        }
    }

    /// <summary>Forgets everything about <paramref name="shopper"/> (consent withdrawn, erasure).</summary>
    public bool Forget(string shopper)
    {
        if (!_shoppers.Remove(shopper, out var scene))
        {
            return false;
        }

        foreach (var set in _inStore.Values)
        {
            set.Remove(scene);
        }

        _zones.Remove(scene);
        return true;
    }

    /// <summary>
    /// Reports to <paramref name="touch"/> this partition's shoppers in the shelf's zone and the one the shelf's own
    /// scanner hears strongest; true when this was the last partition to report (the caller then decides).
    /// </summary>
    public bool Report(ShelfTouch touch)
    {
        var present = _zones.In(touch.Store, touch.Zone);
        string? nearest = null;
        double best = double.NegativeInfinity, second = double.NegativeInfinity;
        foreach (var scene in present)
        {
            var rssi = scene.HeardBy(touch.Shelf, touch.AtTicks);
            if (nearest is null || rssi > best)
            {
                second = Math.Max(second, best);
                (nearest, best) = (scene.Shopper, rssi);
            }
            else
            {
                second = Math.Max(second, rssi);
            }
        }

        return touch.Report(present.Count, nearest, best, second);
    }

    /// <summary>The shelf event was attributed to <paramref name="shopper"/> (who may have moved on meanwhile): dwell at that shelf.</summary>
    public void Attribute(string shopper, ShelfTouch touch, List<SceneChange> output)
    {
        if (_shoppers.TryGetValue(shopper, out var scene) && !scene.DwellAtShelf(touch, output))
        {
            Late++;
        }
    }

    /// <summary>Forgets the route habit of <paramref name="shopper"/> (activity consent withdrawn, erasure).</summary>
    public bool ForgetHabit(string shopper)
    {
        if (_shoppers.TryGetValue(shopper, out var scene))
        {
            scene.Habit = null;
        }

        return Habits.Forget(shopper);
    }

    /// <summary>Retention: forgets habit days before <paramref name="cutoffTicks"/>; adds the habits left empty to <paramref name="emptied"/>.</summary>
    public void ExpireHabits(long cutoffTicks, List<string> emptied)
    {
        Habits.ExpireBefore(cutoffTicks, emptied);
        foreach (var shopper in emptied)
        {
            if (_shoppers.TryGetValue(shopper, out var scene))
            {
                scene.Habit = null;
            }
        }
    }

    /// <summary>Outside stores, stale activities and idle shoppers are found by a sweep on the partition's event time.</summary>
    private void Sweep(List<SceneChange> output)
    {
        _lastSweep = _watermark;
        foreach (var scene in _shoppers.Values)
        {
            if (!scene.InStore)
            {
                scene.Advance(_watermark, output);
                if (scene.IsIdle(_watermark))
                {
                    _scratch.Add(scene);
                }
            }
        }

        foreach (var scene in _scratch)
        {
            _shoppers.Remove(scene.Shopper);
        }

        _scratch.Clear();
    }

    private void Track(ShopperScene scene, string? wasIn)
    {
        _zones.Update(scene);
        var isIn = scene.InStore ? scene.Store : null;
        if (string.Equals(wasIn, isIn, StringComparison.Ordinal))
        {
            return;
        }

        if (wasIn is not null && _inStore.TryGetValue(wasIn, out var old))
        {
            old.Remove(scene);
        }

        if (isIn is not null)
        {
            if (!_inStore.TryGetValue(isIn, out var set))
            {
                set = [];
                _inStore[isIn] = set;
            }

            set.Add(scene);
        }
    }
}
