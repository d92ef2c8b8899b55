using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using ScenarioEdge.Gateway.Concurrency;

namespace ScenarioEdge.Gateway.Security;

/// <summary>
/// Token buckets per client principal: a sustained rate with a burst allowance, refilled from the TimeProvider. A
/// bucket idle long enough to be full again is no different from a new one: it goes in a sweep every ten minutes, so
/// principals that fell silent (erased installs, retired devices) hold no memory.
/// </summary>
public sealed class RateLimits(IOptions<SecurityOptions> options, TimeProvider time)
{
    private static readonly TimeSpan SweepEvery = TimeSpan.FromMinutes(10);

    private readonly ConcurrentDictionary<string, Bucket> _buckets = new(StringComparer.Ordinal);
    private SweepGate _sweep;

    /// <summary>Principals with a bucket held.</summary>
    internal int Buckets => _buckets.Count;

    /// <summary>Takes one message from the principal's bucket; false when it is empty.</summary>
    public bool TryTake(ClientPrincipal principal)
    {
        var o = options.Value;
        var (rate, burst) = principal.Kind == PrincipalKind.App ? (o.AppMessagesPerSecond, o.AppBurst) : (o.DeviceMessagesPerSecond, o.DeviceBurst);
        var now = time.GetTimestamp();
        if (_sweep.TryEnter(now, (long)(SweepEvery.TotalSeconds * time.TimestampFrequency)))
        {
            Sweep(now, o);
        }

        while (true)
        {
            var bucket = _buckets.GetOrAdd(principal.UserName, static (_, b) => new Bucket(b), burst);
            if (bucket.TryTake(rate, burst, now, time.TimestampFrequency, out var taken))
            {
                return taken;
            }

            // Swept a moment ago (it was full): a new one is the same.
            _buckets.TryRemove(KeyValuePair.Create(principal.UserName, bucket));
        }
    }

    public void Forget(ClientPrincipal principal) => _buckets.TryRemove(principal.UserName, out _);

    // One caller wins each sweep (SweepGate).
    private void Sweep(long now, SecurityOptions o)
    {
        // Idle this long, any bucket has refilled to its burst.
        var fullAfter = Math.Max(o.AppBurst / o.AppMessagesPerSecond, o.DeviceBurst / o.DeviceMessagesPerSecond);
        var idleBefore = now - (long)Math.Ceiling(fullAfter * time.TimestampFrequency);
        foreach (var entry in _buckets)
        {
            if (entry.Value.TryRetire(idleBefore))
            {
                _buckets.TryRemove(entry);
            }
        }
    }

    private sealed class Bucket(double tokens)
    {
        private readonly Lock _lock = new();
        private double _tokens = tokens;
        private long _last;
        private bool _retired;

        /// <summary>False when retired (nothing taken); else <paramref name="taken"/> says whether a token was.</summary>
        public bool TryTake(double rate, double burst, long now, long frequency, out bool taken)
        {
            lock (_lock)
            {
                taken = false;
                if (_retired)
                {
                    return false;
                }

                if (_last != 0)
                {
                    _tokens = Math.Min(burst, _tokens + ((now - _last) * rate / frequency));
                }

                _last = now;
                if (_tokens >= 1)
                {
                    _tokens -= 1;
                    taken = true;
                }

                return true;
            }
        }

        public bool TryRetire(long idleBefore)
        {
            lock (_lock)
            {
                _retired |= _last < idleBefore;
                return _retired;
            }
        }
    }
}
