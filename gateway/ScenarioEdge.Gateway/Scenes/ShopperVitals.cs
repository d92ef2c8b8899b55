namespace ScenarioEdge.Gateway.Scenes;

/// <summary>
/// One shopper's live signals, changed in place on the partition worker that owns the shopper (no allocation per
/// signal) and read from other threads (an alert): a lock keeps a reading whole. Only signals the intake accepted
/// reach it, so only a shopper with the activity consent has one.
/// </summary>
internal sealed class ShopperVitals
{
    private readonly Lock _gate = new();
    private LiveReading _reading = LiveReading.None;

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

    /// <summary>Takes a measurement unless a newer one of the same kind is already held (event time never runs back).</summary>
    public void Observe(in ScenarioEdge.Scenes.SceneSignal s, ScenarioEdge.Scenes.ActivityOptions options)
    {
        lock (_gate)
        {
            var r = _reading;
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
        }
    }
}
