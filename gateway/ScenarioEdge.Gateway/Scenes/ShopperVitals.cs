namespace ScenarioEdge.Gateway.Scenes;

/// <summary>
/// One shopper's live signals, changed in place on the partition worker that owns the shopper (no allocation per
/// signal) and read from other threads (an alert): a lock keeps a reading whole. Only signals the intake accepted
/// reach it, so only a shopper with the activity consent has one. Once retired by the sweep it takes nothing more:
/// the owner then makes a new one, so a sweep on another thread never loses a reading taken at the same moment.
/// </summary>
internal sealed class ShopperVitals
{
    private readonly Lock _gate = new();
    private LiveReading _reading = LiveReading.None;
    private bool _retired;

    public LiveReading Reading
    {
        get
        {
            lock (_gate)
            {
                return _reading;
            }
        }
    }

    /// <summary>
    /// Takes a measurement unless a newer one of the same kind is already held (event time never runs back);
    /// <paramref name="taken"/> says whether the reading changed. False when retired (nothing taken).
    /// </summary>
    public bool TryObserve(in ScenarioEdge.Scenes.SceneSignal s, ScenarioEdge.Scenes.ActivityOptions options, out bool taken)
    {
        lock (_gate)
        {
            if (_retired)
            {
                taken = false;
                return false;
            }

            var r = _reading;
            var before = r;
            if (!double.IsNaN(s.HeartRate) && s.AtTicks >= r.HeartAtTicks)
            {
                r = r with { HeartRateReservePct = Math.Round(100 * ScenarioEdge.Scenes.SceneSignals.HeartRateReserve(s, options), 1), HeartAtTicks = s.AtTicks };
            }

            var cadence = double.IsNaN(s.CadenceRpm) ? s.CadenceSpm : s.CadenceRpm;
            if (!double.IsNaN(cadence) && s.AtTicks >= r.CadenceAtTicks)
            {
                r = r with { Cadence = cadence, CadenceAtTicks = s.AtTicks };
            }

            if (s.Store is not null && !double.IsNaN(s.DistanceToStoreM) && s.AtTicks >= r.DistanceAtTicks)
            {
                r = r with { DistanceStore = s.Store, DistanceToStoreM = s.DistanceToStoreM, DistanceAtTicks = s.AtTicks };
            }

            _reading = r;
            taken = r != before;
            return true;
        }
    }

    /// <summary>Retires the vitals when even the newest measurement is before <paramref name="staleBefore"/> (UTC ticks).</summary>
    public bool TryRetire(long staleBefore)
    {
        lock (_gate)
        {
            var r = _reading;
            _retired = _retired || Math.Max(r.HeartAtTicks, Math.Max(r.CadenceAtTicks, r.DistanceAtTicks)) < staleBefore;
            return _retired;
        }
    }
}
