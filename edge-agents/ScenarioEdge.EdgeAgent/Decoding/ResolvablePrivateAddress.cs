using System.Security.Cryptography;

namespace ScenarioEdge.EdgeAgent.Decoding;

/// <summary>
/// Resolvable private addresses (Core spec Vol 6 Part B 1.3.2.2 and Vol 3 Part H 2.2.2). Addresses are 48-bit
/// values with the most significant byte first, as the spec writes them: prand is bits 47-24, hash bits 23-0.
/// </summary>
internal static class ResolvablePrivateAddress
{
    /// <summary>A random address whose two most significant bits are 0b01.</summary>
    public static bool IsResolvable(ulong address, byte addressType) =>
        (addressType & 0x01) == 1 && (address >> 46) == 0b01;

    /// <summary>
    /// The random address hash function ah(k, r) = e(k, padding || r) mod 2^24: AES-128 over 13 zero bytes followed
    /// by the 3 prand bytes, most significant first, keeping the last 3 bytes of the result.
    /// </summary>
    public static uint Ah(Aes irk, uint prand)
    {
        Span<byte> block = stackalloc byte[16];
        block.Clear();
        block[13] = (byte)(prand >> 16);
        block[14] = (byte)(prand >> 8);
        block[15] = (byte)prand;
        Span<byte> result = stackalloc byte[16];
        irk.EncryptEcb(block, result, PaddingMode.None);
        return ((uint)result[13] << 16) | ((uint)result[14] << 8) | result[15];
    }

    /// <summary>True when <paramref name="address"/> was generated from <paramref name="irk"/>.</summary>
    public static bool Matches(Aes irk, ulong address) =>
        Ah(irk, (uint)(address >> 24) & 0xFFFFFF) == ((uint)address & 0xFFFFFF);

    /// <summary>An AES-128 instance keyed with an IRK given most significant byte first (as the spec prints it).</summary>
    public static Aes CreateKey(ReadOnlySpan<byte> irk)
    {
        if (irk.Length != 16)
        {
            throw new ArgumentException($"an IRK is 16 bytes, not {irk.Length}", nameof(irk));
        }

        var aes = Aes.Create();
        aes.Key = irk.ToArray();
        return aes;
    }
}
