using System.Buffers.Binary;
using ScenarioEdge.EdgeAgent.Decoding;

namespace ScenarioEdge.EdgeAgent.Ble;

/// <summary>
/// Identity of one advertiser as a value: the kind and up to 20 identity bytes (or the address, or a registered
/// device's index) held inline, so that looking an advertiser up allocates nothing.
/// </summary>
internal readonly record struct AdvertiserKey
{
    public const int MaxIdLength = 20;
    private const byte AddressKeyed = 0xF0;
    private const byte RegisteredKeyed = 0xF1;

    private readonly ulong a;
    private readonly ulong b;
    private readonly uint c;
    private readonly byte kind;
    private readonly byte length;

    private AdvertiserKey(byte kind, byte length, ulong a, ulong b, uint c) =>
        (this.kind, this.length, this.a, this.b, this.c) = (kind, length, a, b, c);

    /// <summary>Keyed by the identity bytes a frame carries (at most 20).</summary>
    public static AdvertiserKey ForFrame(AdvertKind kind, ReadOnlySpan<byte> id)
    {
        Span<byte> padded = stackalloc byte[MaxIdLength];
        padded.Clear();
        var length = Math.Min(id.Length, MaxIdLength);
        id[..length].CopyTo(padded);
        return new AdvertiserKey((byte)kind, (byte)length, BinaryPrimitives.ReadUInt64LittleEndian(padded), BinaryPrimitives.ReadUInt64LittleEndian(padded[8..]), BinaryPrimitives.ReadUInt32LittleEndian(padded[16..]));
    }

    /// <summary>Keyed by the address: adverts with no identity of their own.</summary>
    public static AdvertiserKey ForAddress(ulong address) => new(AddressKeyed, 6, address, 0, 0);

    /// <summary>Keyed by the registered device (IRK) an address resolved to.</summary>
    public static AdvertiserKey ForRegistered(int index) => new(RegisteredKeyed, 4, (ulong)index, 0, 0);
}
