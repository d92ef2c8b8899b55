using System.Security.Cryptography;
using System.Text;
using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Purchases;

/// <summary>
/// Short-lived checkout codes: the app asks for one (<c>POST /api/app/checkout-code</c>) and shows it at the till; the
/// till puts it in the purchase and the gateway resolves it to the pseudonymous shopper, so the till never learns who
/// the shopper is. A code is bound to one shopper, single use, and expires after <see cref="Lifetime"/>; asking again
/// replaces the shopper's open code. Open codes are kept in LiteDB (<c>checkoutcodes</c>, by the hash of the code), so a
/// restart inside the lifetime still accepts a code once; one owner and one transaction per use, so two tills
/// presenting one code at once link one purchase.
/// </summary>
public sealed class CheckoutCodes(GatewayDatabase database, TimeProvider time)
{
    /// <summary>How long a code may be used after it was issued.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    // Crockford base32 without I, L, O, U: read aloud or typed at a till without mix-ups.
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private const int Length = 8;
    private static readonly TimeSpan SweepEvery = TimeSpan.FromSeconds(30);

    private readonly Lock _owner = new();
    private DateTimeOffset _nextSweep = DateTimeOffset.MinValue;

    /// <summary>A new code for <paramref name="shopper"/> and when it expires; the shopper's previous code stops working.</summary>
    public (string Code, DateTimeOffset Expires) Issue(string shopper, string install)
    {
        ArgumentNullException.ThrowIfNull(shopper);
        ArgumentNullException.ThrowIfNull(install);
        var now = time.GetUtcNow();
        lock (_owner)
        {
            SweepIfDue(now);
            return database.Atomically(() =>
            {
                database.CheckoutCodes.DeleteMany(c => c.Shopper == shopper);
                string code, id;
                do
                {
                    code = RandomNumberGenerator.GetString(Alphabet, Length);
                    id = HashOf(code);
                }
                while (database.CheckoutCodes.FindById(id) is not null);

                var expires = now + Lifetime;
                database.CheckoutCodes.Insert(new CheckoutCodeRecord
                {
                    Id = id, Shopper = shopper, Install = install, IssuedAt = now.UtcDateTime, Expires = expires.UtcDateTime,
                });
                return (code, expires);
            });
        }
    }

    /// <summary>
    /// Uses <paramref name="code"/> once: the shopper it was issued to, or null with the reason (unknown, used, expired).
    /// </summary>
    public string? Use(string code, out string? refusal)
    {
        ArgumentNullException.ThrowIfNull(code);
        var id = HashOf(code.Replace("-", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant());
        var now = time.GetUtcNow();
        lock (_owner)
        {
            var (shopper, reason) = database.Atomically(() =>
            {
                if (database.CheckoutCodes.FindById(id) is not { } open)
                {
                    return (null, "unknown or already used checkout code");
                }

                // Deleted in the transaction that uses it: gone is used. An expired code is refused once and gone too.
                database.CheckoutCodes.Delete(id);
                var expires = new DateTimeOffset(DateTime.SpecifyKind(open.Expires, DateTimeKind.Utc));
                return expires <= now ? (null, $"checkout code expired at {expires:O}") : (open.Shopper, (string?)null);
            });
            refusal = reason;
            return shopper;
        }
    }

    /// <summary>The shopper's open code, without the code (export).</summary>
    public IReadOnlyList<CheckoutCodeRecord> OpenOf(string shopper) => [.. database.CheckoutCodes.Find(c => c.Shopper == shopper)];

    /// <summary>Forgets the shopper's open code (erasure, consent withdrawn); how many went.</summary>
    public int Forget(string shopper)
    {
        lock (_owner)
        {
            return database.CheckoutCodes.DeleteMany(c => c.Shopper == shopper);
        }
    }

    /// <summary>Deletes the codes expired by now (retention); how many went.</summary>
    public int Sweep()
    {
        lock (_owner)
        {
            return Sweep(time.GetUtcNow());
        }
    }

    // Amortised: a scan at most every SweepEvery, so issuing stays one indexed delete and one insert.
    private void SweepIfDue(DateTimeOffset now)
    {
        if (now >= _nextSweep)
        {
            Sweep(now);
        }
    }

    private int Sweep(DateTimeOffset now)
    {
        _nextSweep = now + SweepEvery;
        var cutoff = now.UtcDateTime;
        return database.CheckoutCodes.DeleteMany(c => c.Expires <= cutoff);
    }

    private static string HashOf(string normalized) => Convert.ToHexString(SHA256.HashData(Encoding.ASCII.GetBytes(normalized)));
}
