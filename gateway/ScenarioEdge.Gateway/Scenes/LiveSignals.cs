using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using ScenarioEdge.Gateway.Concurrency;

namespace ScenarioEdge.Gateway.Scenes;

/// <summary>
/// The latest live signals per shopper (heart-rate reserve, cadence, distance to a store), kept by the scene engine's
/// partition workers as they apply wearable and phone signals, so that a campaign trigger can carry them as facts.
/// Everything here came in under the activity consent (the intake drops the rest); withdrawing it or erasing the
/// shopper forgets it through the same partition, after the signals queued before. Memory only: a restart forgets.
/// Bounded by event time: a shopper whose newest reading is older than <see cref="LiveSignalOptions.KeepFor"/> (plus
/// <see cref="GatewayOptions.MaxClockSkewAhead"/>) behind the newest event time applied is swept out, once per
/// <see cref="SweepEvery"/> of event time, and a reading already that old is not taken in.
/// </summary>
public sealed class LiveSignals
{
    /// <summary>How much event time passes between two sweeps: an idle shopper stays at most this much longer.</summary>
    public static readonly TimeSpan SweepEvery = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, ShopperVitals> _shoppers = new(StringComparer.Ordinal);
    private readonly ActivityOptions _activity;
    private readonly long _keepFor;
    private readonly long _staleAfter;
    private readonly long _maxAhead;
    private readonly TimeProvider _time;
    private long _now;
    private SweepGate _sweep;

    public LiveSignals(IOptions<SceneOptions> options, IOptions<LiveSignalOptions> keep, IOptions<GatewayOptions> gateway, TimeProvider time)
    {
        _activity = options.Value.Activity;
        _keepFor = keep.Value.KeepFor.Ticks;
        _maxAhead = gateway.Value.MaxClockSkewAhead.Ticks;
        // A signal up to the allowed skew ahead moves the clock on early: keep that much longer, so no reader loses a reading it may use.
        _staleAfter = _keepFor + _maxAhead;
        _time = time;
    }

    /// <summary>Shoppers with a reading held (the gauge <c>se_live_signals_shoppers</c>).</summary>
    public int Shoppers => _shoppers.Count;

    public LiveReading Of(string shopper) => _shoppers.TryGetValue(shopper, out var vitals) ? vitals.Reading : LiveReading.None;

    /// <summary>
    /// Shoppers whose latest distance report names one of <paramref name="stores"/> and was measured no longer than
    /// <see cref="LiveSignalOptions.KeepFor"/> before <paramref name="at"/> (an alert for an area: rare, a walk over all is fine).
    /// </summary>
    public IEnumerable<(string Shopper, LiveReading Reading)> NearStores(IReadOnlyCollection<string> stores, DateTimeOffset at)
    {
        var notBefore = at.UtcTicks - _keepFor;
        foreach (var (shopper, vitals) in _shoppers)
        {
            var reading = vitals.Reading;
            if (reading.DistanceStore is { } store && reading.DistanceAtTicks >= notBefore && stores.Contains(store))
            {
                yield return (shopper, reading);
            }
        }
    }

    /// <summary>
    /// On the shopper's partition worker, before the signal is judged (so its own triggers see it). Returns whether
    /// the signal carried a measurement campaigns read and it was taken (not older than the one held).
    /// </summary>
    internal bool Observe(in SceneSignal signal)
    {
        if (signal.Kind == SignalKind.Sighting
            || (double.IsNaN(signal.HeartRate) && double.IsNaN(signal.CadenceSpm) && double.IsNaN(signal.CadenceRpm)
                && (signal.Store is null || double.IsNaN(signal.DistanceToStoreM))))
        {
            // Nothing campaigns read (a phone report without a distance): not even a lookup.
            return false;
        }

        var now = MoveClock(signal.AtTicks);
        if (signal.AtTicks < now - _staleAfter && signal.AtTicks < Cap(now) - _staleAfter)
        {
            // Stale on arrival (a sender's clock far behind, a late replay): no reader would take it, and it must not bring back a shopper the sweep let go.
            return false;
        }

        while (true)
        {
            var vitals = _shoppers.GetOrAdd(signal.Shopper, static _ => new ShopperVitals());
            if (vitals.TryObserve(signal, _activity, out var taken))
            {
                return taken;
            }

            // Retired by a sweep on another thread a moment ago: let it go and start a new one.
            _shoppers.TryRemove(KeyValuePair.Create(signal.Shopper, vitals));
        }
    }

    /// <summary>On every partition: a store's event time reached <paramref name="watermark"/> (UTC ticks), which may sweep.</summary>
    internal void Advance(long watermark) => MoveClock(watermark);

    /// <summary>On the shopper's partition worker: consent withdrawn or erasure.</summary>
    internal void Forget(string shopper) => _shoppers.TryRemove(shopper, out _);

    private long MoveClock(long at)
    {
        var now = Interlocked.Read(ref _now);
        while (at > now)
        {
            var seen = Interlocked.CompareExchange(ref _now, at, now);
            if (seen == now)
            {
                now = at;
                break;
            }

            now = seen;
        }

        if (_sweep.TryEnter(now, SweepEvery.Ticks))
        {
            Sweep(now);
        }

        return now;
    }

    // Ingest refuses a time beyond the gateway's clock plus the skew; a clock found beyond it anyway means the
    // gateway's own clock was set back: bring it back into bounds rather than sweep everyone on a wrong time.
    private long Cap(long now)
    {
        var limit = _time.GetUtcNow().UtcTicks + _maxAhead;
        if (now <= limit)
        {
            return now;
        }

        if (Interlocked.CompareExchange(ref _now, limit, now) == now)
        {
            _sweep.Open();
        }

        return limit;
    }

    // One thread wins each sweep (SweepGate); the others go on. The enumerator is the one allocation, once per SweepEvery.
    private void Sweep(long now)
    {
        var staleBefore = Cap(now) - _staleAfter;
        foreach (var entry in _shoppers)
        {
            if (entry.Value.TryRetire(staleBefore))
            {
                _shoppers.TryRemove(entry);
            }
        }
    }
}
