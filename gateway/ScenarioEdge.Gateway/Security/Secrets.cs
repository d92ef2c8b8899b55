using System.Security.Cryptography;
using System.Text;

namespace ScenarioEdge.Gateway.Security;

/// <summary>
/// Random secrets and their stored form. Secrets are 256-bit random values, so a salted SHA-256 is as strong as a slow
/// password hash would be; comparisons are constant-time.
/// </summary>
public static class Secrets
{
    /// <summary>A new random secret, URL-safe base64 (43 characters).</summary>
    public static string New() => Base64Url(RandomNumberGenerator.GetBytes(32));

    /// <summary>The stored form of <paramref name="secret"/>: <c>salt$hash</c>.</summary>
    public static string Hash(string secret)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        return $"{Base64Url(salt)}${Base64Url(Digest(salt, secret))}";
    }

    /// <summary>True when <paramref name="secret"/> matches <paramref name="stored"/>.</summary>
    public static bool Verify(string secret, string? stored)
    {
        if (string.IsNullOrEmpty(stored) || string.IsNullOrEmpty(secret))
        {
            return false;
        }

        var dollar = stored.IndexOf('$', StringComparison.Ordinal);
        if (dollar <= 0)
        {
            return false;
        }

        try
        {
            var salt = FromBase64Url(stored[..dollar]);
            var expected = FromBase64Url(stored[(dollar + 1)..]);
            return CryptographicOperations.FixedTimeEquals(expected, Digest(salt, secret));
        }
        catch (FormatException)
        {
            return false;
        }
    }

    public static string Base64Url(ReadOnlySpan<byte> bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static byte[] FromBase64Url(string text)
    {
        var s = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(s.PadRight(s.Length + ((4 - (s.Length % 4)) % 4), '='));
    }

    private static byte[] Digest(byte[] salt, string secret)
    {
        var bytes = new byte[salt.Length + Encoding.UTF8.GetByteCount(secret)];
        salt.CopyTo(bytes, 0);
        Encoding.UTF8.GetBytes(secret, bytes.AsSpan(salt.Length));
        return SHA256.HashData(bytes);
    }
}
