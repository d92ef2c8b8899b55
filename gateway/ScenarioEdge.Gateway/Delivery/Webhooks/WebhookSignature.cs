using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ScenarioEdge.Gateway.Delivery.Webhooks;

/// <summary>
/// The webhook signature, in the manner of Stripe's: header <c>X-ScenarioEdge-Signature: t={unix seconds},v1={hex}</c>
/// where hex is HMAC-SHA256 with the shared secret over the UTF-8 bytes of <c>{t}.</c> followed by the raw body. A
/// receiver recomputes it over the bytes it received, compares in constant time, refuses a timestamp outside its
/// tolerance (a replay of an old delivery), and de-duplicates by the body's <c>id</c> (a replay within it). Every
/// attempt is signed afresh with its own timestamp; the body stays byte for byte the same.
/// </summary>
public static class WebhookSignature
{
    public const string Header = "X-ScenarioEdge-Signature";
    public const string DeliveryHeader = "X-ScenarioEdge-Delivery";

    /// <summary>The tolerance receivers should use unless they have a reason not to.</summary>
    public static readonly TimeSpan DefaultTolerance = TimeSpan.FromMinutes(5);

    public static string Sign(ReadOnlySpan<byte> body, string secret, DateTimeOffset at)
    {
        var t = at.ToUnixTimeSeconds();
        return $"t={t.ToString(CultureInfo.InvariantCulture)},v1={Convert.ToHexStringLower(Mac(body, secret, t))}";
    }

    public static WebhookVerification Verify(string? header, ReadOnlySpan<byte> body, string secret, DateTimeOffset now, TimeSpan tolerance)
    {
        long? t = null;
        byte[]? v1 = null;
        foreach (var part in (header ?? "").Split(','))
        {
            var kv = part.Trim();
            if (kv.StartsWith("t=", StringComparison.Ordinal) && long.TryParse(kv.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            {
                t = seconds;
            }
            else if (kv.StartsWith("v1=", StringComparison.Ordinal) && kv.Length == 3 + 64)
            {
                try
                {
                    v1 = Convert.FromHexString(kv.AsSpan(3));
                }
                catch (FormatException)
                {
                    return WebhookVerification.Malformed;
                }
            }
        }

        if (t is not { } stamp || v1 is null)
        {
            return WebhookVerification.Malformed;
        }

        if (!CryptographicOperations.FixedTimeEquals(v1, Mac(body, secret, stamp)))
        {
            return WebhookVerification.BadSignature;
        }

        return Math.Abs(now.ToUnixTimeSeconds() - stamp) > tolerance.TotalSeconds ? WebhookVerification.OutsideTolerance : WebhookVerification.Valid;
    }

    private static byte[] Mac(ReadOnlySpan<byte> body, string secret, long t)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(secret));
        hmac.AppendData(Encoding.UTF8.GetBytes(t.ToString(CultureInfo.InvariantCulture) + "."));
        hmac.AppendData(body);
        return hmac.GetHashAndReset();
    }
}
