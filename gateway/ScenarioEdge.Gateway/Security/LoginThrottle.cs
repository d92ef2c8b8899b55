using System.Net;
using Microsoft.Extensions.Options;

namespace ScenarioEdge.Gateway.Security;

/// <summary>
/// Failed MQTT logins per network address in one-minute windows: past <see cref="SecurityOptions.FailedLoginsPerMinute"/>
/// the address is refused without checking credentials until its window ends, so that guessing costs time and a flood
/// of bad logins costs no hashing.
/// </summary>
public sealed class LoginThrottle(IOptions<SecurityOptions> options, TimeProvider time)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private readonly Lock _lock = new();
    private readonly Dictionary<IPAddress, (long Start, int Failures)> _windows = [];

    /// <summary>True when <paramref name="endpoint"/>'s address may not try now; <paramref name="retryAfter"/> says for how long.</summary>
    public bool IsBlocked(EndPoint? endpoint, out TimeSpan retryAfter)
    {
        retryAfter = TimeSpan.Zero;
        if (endpoint is not IPEndPoint ip)
        {
            return false;
        }

        lock (_lock)
        {
            if (!_windows.TryGetValue(ip.Address, out var window) || window.Failures < options.Value.FailedLoginsPerMinute)
            {
                return false;
            }

            var elapsed = time.GetElapsedTime(window.Start);
            if (elapsed >= Window)
            {
                _windows.Remove(ip.Address);
                return false;
            }

            retryAfter = Window - elapsed;
            return true;
        }
    }

    /// <summary>Counts a failed login from <paramref name="endpoint"/>; true when this one reached the limit.</summary>
    public bool Failed(EndPoint? endpoint)
    {
        if (endpoint is not IPEndPoint ip)
        {
            return false;
        }

        var now = time.GetTimestamp();
        lock (_lock)
        {
            if (_windows.Count > 10_000)
            {
                // An address that stopped failing needs no memory of it.
                foreach (var stale in _windows.Where(w => time.GetElapsedTime(w.Value.Start, now) >= Window).Select(w => w.Key).ToList())
                {
                    _windows.Remove(stale);
                }
            }

            var window = _windows.TryGetValue(ip.Address, out var w) && time.GetElapsedTime(w.Start, now) < Window ? w : (Start: now, Failures: 0);
            _windows[ip.Address] = (window.Start, window.Failures + 1);
            return window.Failures + 1 == options.Value.FailedLoginsPerMinute;
        }
    }
}
