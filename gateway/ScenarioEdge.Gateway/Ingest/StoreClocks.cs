using System.Collections.Concurrent;

namespace ScenarioEdge.Gateway.Ingest;

/// <summary>
/// Event time per store: the newest event time any device of the store has reported. Absence decisions run on it,
/// so a replay at any speed decides the same as live. Reports a tick when the store's time moved on by a step.
/// </summary>
public sealed class StoreClocks
{
    private static readonly long TickStep = TimeSpan.FromSeconds(1).Ticks;
    private readonly ConcurrentDictionary<string, Clock> _clocks = new(StringComparer.Ordinal);

    /// <summary>Moves the store's event time to <paramref name="at"/> if later; true when a tick is due.</summary>
    public bool Advance(string store, DateTimeOffset at, out DateTimeOffset watermark)
    {
        var clock = _clocks.GetOrAdd(store, static _ => new Clock());
        var ticks = at.UtcTicks;
        long seen;
        while ((seen = Interlocked.Read(ref clock.Watermark)) < ticks && Interlocked.CompareExchange(ref clock.Watermark, ticks, seen) != seen)
        {
        }

        watermark = new DateTimeOffset(Math.Max(seen, ticks), TimeSpan.Zero);
        var lastTick = Interlocked.Read(ref clock.LastTick);
        return watermark.UtcTicks - lastTick >= TickStep && Interlocked.CompareExchange(ref clock.LastTick, watermark.UtcTicks, lastTick) == lastTick;
    }

    /// <summary>The store's event time, or null before any device reported.</summary>
    public DateTimeOffset? Now(string store) =>
        _clocks.TryGetValue(store, out var clock) ? new DateTimeOffset(Interlocked.Read(ref clock.Watermark), TimeSpan.Zero) : null;

    private sealed class Clock
    {
        public long Watermark;
        public long LastTick;
    }
}
