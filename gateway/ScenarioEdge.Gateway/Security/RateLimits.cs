using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace ScenarioEdge.Gateway.Security;

/// <summary>Token buckets per client principal: a sustained rate with a burst allowance, refilled from the TimeProvider.</summary>
public sealed class RateLimits(IOptions<SecurityOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, Bucket> _buckets = new(StringComparer.Ordinal);

    /// <summary>Takes one message from the principal's bucket; false when it is empty.</summary>
    public bool TryTake(ClientPrincipal principal)
    {
        var o = options.Value;
        var (rate, burst) = principal.Kind == PrincipalKind.App ? (o.AppMessagesPerSecond, o.AppBurst) : (o.DeviceMessagesPerSecond, o.DeviceBurst);
        var bucket = _buckets.GetOrAdd(principal.UserName, static (_, b) => new Bucket(b), burst);
        return bucket.TryTake(rate, burst, time.GetTimestamp(), time.TimestampFrequency);
    }

    public void Forget(ClientPrincipal principal) => _buckets.TryRemove(principal.UserName, out _);

    private sealed class Bucket(double tokens)
    {
        private readonly Lock _lock = new();
        private double _tokens = tokens;
        private long _last;

        public bool TryTake(double rate, double burst, long now, long frequency)
        {
            lock (_lock)
            {
                if (_last != 0)
                {
                    _tokens = Math.Min(burst, _tokens + ((now - _last) * rate / frequency));
                }

                _last = now;
                if (_tokens < 1)
                {
                    return false;
                }

                _tokens -= 1;
                return true;
            }
        }
    }
}
