using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace ScenarioEdge.Gateway.Scenes;

/// <summary>
/// Event time per store: the newest event time any device of the store has reported. Absence decisions run on it,
/// so a replay at any speed decides the same as live. Reports a tick when the store's time moved on by a step.
/// Never runs further ahead of the gateway's clock than <see cref="GatewayOptions.MaxClockSkewAhead"/>: one wrong
/// time must not declare everyone gone and then stop the store's clock until a restart. A store's time found
/// beyond that bound (the gateway's own clock was corrected backwards) starts again from the next event.
/// </summary>
public sealed class StoreClocks(IOptions<GatewayOptions> options, TimeProvider time)
{
    private static readonly long TickStep = TimeSpan.FromSeconds(1).Ticks;
    private readonly long _maxAhead = options.Value.MaxClockSkewAhead.Ticks;
    private readonly ConcurrentDictionary<string, Clock> _clocks = new(StringComparer.Ordinal);

    /// <summary>Moves the store's event time to <paramref name="at"/> if later; true when a tick is due.</summary>
    public bool Advance(string store, DateTimeOffset at, out DateTimeOffset watermark)
    {
        var clock = _clocks.GetOrAdd(store, static _ => new Clock());
        var limit = time.GetUtcNow().UtcTicks + _maxAhead;
        var ticks = Math.Min(at.UtcTicks, limit);
        long seen;
        while (true)
        {
            seen = Interlocked.Read(ref clock.Watermark);
            // Later than now allows: a value that should never have got in. Replace it rather than keep it.
            var next = seen > limit ? ticks : Math.Max(seen, ticks);
            if (next == seen || Interlocked.CompareExchange(ref clock.Watermark, next, seen) == seen)
            {
                if (seen > limit)
                {
                    Interlocked.Exchange(ref clock.LastTick, 0);
                }

                watermark = new DateTimeOffset(next, TimeSpan.Zero);
                break;
            }
        }

        var lastTick = Interlocked.Read(ref clock.LastTick);
        return (watermark.UtcTicks - lastTick >= TickStep || lastTick > watermark.UtcTicks)
            && Interlocked.CompareExchange(ref clock.LastTick, watermark.UtcTicks, lastTick) == lastTick;
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
