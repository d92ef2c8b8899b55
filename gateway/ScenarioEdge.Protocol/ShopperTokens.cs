using System.Buffers.Binary;
using System.Security.Cryptography;

namespace ScenarioEdge.Protocol;

/// <summary>
/// Rotating shopper tokens, in the spirit of Eddystone-EID. The app advertises
/// <c>AES-128(key, "SEtk" || 0x00000000 || counter as 8 bytes big-endian)</c>, where <c>key</c> is the shopper's
/// 16-byte token key (known only to the gateway and the shopper's own app) and
/// <c>counter = floor(unix seconds of event time / <see cref="RotationSeconds"/>)</c>. Edge devices and the broker see
/// only tokens that change every rotation period; only the gateway can link them to a pseudonymous shopper.
/// </summary>
public static class ShopperTokens
{
    /// <summary>Seconds a token stays the same.</summary>
    public const int RotationSeconds = 300;

    /// <summary>Length of a token key and of a token, in bytes.</summary>
    public const int Length = 16;

    /// <summary>The rotation counter at event time <paramref name="time"/>.</summary>
    public static long CounterAt(DateTimeOffset time) => Math.DivRem(time.ToUnixTimeSeconds(), RotationSeconds, out var rem) - (rem < 0 ? 1 : 0);

    /// <summary>Writes the token of <paramref name="key"/> for <paramref name="counter"/> into <paramref name="token"/> (16 bytes).</summary>
    public static void Derive(ReadOnlySpan<byte> key, long counter, Span<byte> token)
    {
        if (key.Length != Length)
        {
            throw new ArgumentException($"A token key is {Length} bytes, got {key.Length}.", nameof(key));
        }

        Span<byte> block = stackalloc byte[Length];
        block.Clear();
        "SEtk"u8.CopyTo(block);
        BinaryPrimitives.WriteInt64BigEndian(block[8..], counter);
        using var aes = Aes.Create();
        aes.Key = key.ToArray();
        aes.EncryptEcb(block, token, PaddingMode.None);
    }

    /// <summary>The token of <paramref name="key"/> at event time <paramref name="time"/>, as lower-case hex.</summary>
    public static string TokenHex(ReadOnlySpan<byte> key, DateTimeOffset time) => TokenHex(key, CounterAt(time));

    /// <summary>The token of <paramref name="key"/> for <paramref name="counter"/>, as lower-case hex.</summary>
    public static string TokenHex(ReadOnlySpan<byte> key, long counter)
    {
        Span<byte> token = stackalloc byte[Length];
        Derive(key, counter, token);
        return Convert.ToHexStringLower(token);
    }
}
