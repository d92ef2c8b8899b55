namespace ScenarioEdge.Scenes;

/// <summary>
/// The route habits of one partition's shoppers. Apart from the scenes because a habit must outlive a scene's idle
/// expiry; owned by the same partition worker (same hash), so no locks. Changed habits are copied out for LiteDB
/// every <see cref="RouteHabitOptions.RouteHabitSaveEvery"/> of event time, for the host to keep off the hot path.
/// </summary>
public sealed class RouteHabits(RouteHabitOptions options)
{
    private readonly Dictionary<string, RouteHabit> _habits = new(StringComparer.Ordinal);
    private readonly List<RouteHabit> _dirty = [];
    private long _lastSave;

    public int Count => _habits.Count;

    public RouteHabit? Find(string shopper) => _habits.GetValueOrDefault(shopper);

    /// <summary>The shopper's habit; a new one only from a signal that says what the local time is.</summary>
    public RouteHabit? For(in SceneSignal signal)
    {
        if (_habits.TryGetValue(signal.Shopper, out var habit))
        {
            return habit;
        }

        if (double.IsNaN(signal.LocalHour))
        {
            return null;
        }

        habit = new RouteHabit(signal.Shopper);
        _habits[signal.Shopper] = habit;
        return habit;
    }

    public void Observe(RouteHabit habit, in SceneSignal signal, long at)
    {
        if (habit.Observe(signal, at, options))
        {
            MarkDirty(habit);
        }
    }

    /// <summary>A habit kept before a restart.</summary>
    public void Load(RouteHabitSnapshot snapshot) => _habits[snapshot.Shopper] = RouteHabit.FromSnapshot(snapshot);

    public bool Forget(string shopper) => _habits.Remove(shopper);

    /// <summary>Retention: forgets days before <paramref name="cutoffTicks"/>; adds the shoppers left with nothing to <paramref name="emptied"/>.</summary>
    public void ExpireBefore(long cutoffTicks, List<string> emptied)
    {
        foreach (var habit in _habits.Values)
        {
            if (habit.ExpireBefore(cutoffTicks, out var changed))
            {
                emptied.Add(habit.Shopper);
            }
            else if (changed)
            {
                MarkDirty(habit);
            }
        }

        foreach (var shopper in emptied)
        {
            _habits.Remove(shopper);
        }
    }

    /// <summary>Copies of the habits changed since the last save, once <see cref="RouteHabitOptions.RouteHabitSaveEvery"/> passed (or now).</summary>
    public void TakeChanged(long watermark, List<RouteHabitSnapshot> into, bool now = false)
    {
        if (!now && watermark - _lastSave < options.RouteHabitSaveEvery.Ticks)
        {
            return;
        }

        _lastSave = Math.Max(_lastSave, watermark);
        foreach (var habit in _dirty)
        {
            habit.Dirty = false;
            // A habit forgotten since (withdrawal, erasure, retention) is not written back.
            if (_habits.TryGetValue(habit.Shopper, out var current) && ReferenceEquals(current, habit))
            {
                into.Add(habit.ToSnapshot());
            }
        }

        _dirty.Clear();
    }

    private void MarkDirty(RouteHabit habit)
    {
        if (!habit.Dirty)
        {
            habit.Dirty = true;
            _dirty.Add(habit);
        }
    }
}
