using System.Security.Cryptography;

namespace ScenarioEdge.Coupons.Rules;

/// <summary>
/// Coupon codes: 12 characters of Crockford base32 (60 bits) from the operating system's cryptographic generator, so
/// a code cannot be guessed from others or enumerated (a flood of 10^9 guesses finds one of a million live codes with
/// a chance of about 1 in a million). Read back leniently: case, dashes and spaces ignored, O read as 0, I and L as 1.
/// </summary>
public static class CouponCodes
{
    public const int Length = 12;

    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static string New()
    {
        Span<byte> random = stackalloc byte[8];
        RandomNumberGenerator.Fill(random);
        var bits = BitConverter.ToUInt64(random);
        return string.Create(Length, bits, static (chars, b) =>
        {
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = Alphabet[(int)(b & 31)];
                b >>= 5;
            }
        });
    }

    /// <summary>The canonical form of a code as typed or scanned, or null when it cannot be one.</summary>
    public static string? Normalize(string? input)
    {
        if (input is null || input.Length > 64)
        {
            return null;
        }

        Span<char> chars = stackalloc char[Length];
        var n = 0;
        foreach (var raw in input)
        {
            if (raw is '-' or ' ')
            {
                continue;
            }

            var c = char.ToUpperInvariant(raw) switch
            {
                'O' => '0',
                'I' or 'L' => '1',
                var u => u,
            };
            if (n == Length || Alphabet.IndexOf(c, StringComparison.Ordinal) < 0)
            {
                return null;
            }

            chars[n++] = c;
        }

        return n == Length ? new string(chars) : null;
    }
}
