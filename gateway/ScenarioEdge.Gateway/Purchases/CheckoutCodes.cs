using System.Security.Cryptography;

namespace ScenarioEdge.Gateway.Purchases;

/// <summary>
/// Short-lived checkout codes: the app asks for one (<c>POST /api/app/checkout-code</c>) and shows it at the till; the
/// till puts it in the purchase and the gateway resolves it to the pseudonymous shopper, so the till never learns who
/// the shopper is. A code is bound to one shopper, single use, and expires after <see cref="Lifetime"/>; asking again
/// replaces the shopper's open code. Codes live in memory only: a restart voids them (the app asks again), and they
/// never hold more than one entry per shopper who asked in the last minutes.
/// </summary>
public sealed class CheckoutCodes(TimeProvider time)
{
    /// <summary>How long a code may be used after it was issued.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    // Crockford base32 without I, L, O, U: read aloud or typed at a till without mix-ups.
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private const int Length = 8;

    private readonly Dictionary<string, Entry> _byCode = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _byShopper = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <summary>A new code for <paramref name="shopper"/> and when it expires; the shopper's previous code stops working.</summary>
    public (string Code, DateTimeOffset Expires) Issue(string shopper)
    {
        ArgumentNullException.ThrowIfNull(shopper);
        var now = time.GetUtcNow();
        lock (_lock)
        {
            Sweep(now);
            if (_byShopper.Remove(shopper, out var previous))
            {
                _byCode.Remove(previous);
            }

            string code;
            do
            {
                code = RandomNumberGenerator.GetString(Alphabet, Length);
            }
            while (_byCode.ContainsKey(code));

            var expires = now + Lifetime;
            _byCode[code] = new Entry(shopper, expires);
            _byShopper[shopper] = code;
            return (code, expires);
        }
    }

    /// <summary>
    /// Uses <paramref name="code"/> once: the shopper it was issued to, or null with the reason (unknown, used, expired).
    /// </summary>
    public string? Use(string code, out string? refusal)
    {
        ArgumentNullException.ThrowIfNull(code);
        var normalized = code.Replace("-", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        var now = time.GetUtcNow();
        lock (_lock)
        {
            if (!_byCode.Remove(normalized, out var entry))
            {
                refusal = "unknown or already used checkout code";
                return null;
            }

            _byShopper.Remove(entry.Shopper);
            if (entry.Expires <= now)
            {
                refusal = $"checkout code expired at {entry.Expires:O}";
                return null;
            }

            refusal = null;
            return entry.Shopper;
        }
    }

    /// <summary>Forgets the shopper's open code (erasure, consent withdrawn).</summary>
    public void Forget(string shopper)
    {
        lock (_lock)
        {
            if (_byShopper.Remove(shopper, out var code))
            {
                _byCode.Remove(code);
            }
        }
    }

    private void Sweep(DateTimeOffset now)
    {
        // Amortised: only when the table has grown, so issuing stays cheap.
        if (_byCode.Count < 1024)
        {
            return;
        }

        foreach (var (code, entry) in _byCode.Where(e => e.Value.Expires <= now).ToList())
        {
            _byCode.Remove(code);
            _byShopper.Remove(entry.Shopper);
        }
    }

    private readonly record struct Entry(string Shopper, DateTimeOffset Expires);
}
