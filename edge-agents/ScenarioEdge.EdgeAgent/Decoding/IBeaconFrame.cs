using System.Buffers.Binary;

namespace ScenarioEdge.EdgeAgent.Decoding;

/// <summary>
/// Apple iBeacon, in manufacturer data: company 0x004C, type 0x02, length 0x15, proximity UUID (16), major and
/// minor (big-endian), measured power (signed RSSI at 1 m).
/// </summary>
internal readonly ref struct IBeaconFrame
{
    public const ushort AppleCompanyId = 0x004C;
    private const int Length = 25;

    private IBeaconFrame(ReadOnlySpan<byte> manufacturerData) => Raw = manufacturerData;

    /// <summary>Proximity UUID, major and minor: the 20 bytes that identify one beacon.</summary>
    public ReadOnlySpan<byte> Identity => Raw.Slice(4, 20);

    public ReadOnlySpan<byte> Uuid => Raw.Slice(4, 16);

    public ushort Major => BinaryPrimitives.ReadUInt16BigEndian(Raw[20..]);

    public ushort Minor => BinaryPrimitives.ReadUInt16BigEndian(Raw[22..]);

    /// <summary>Calibrated RSSI at 1 m in dBm.</summary>
    public sbyte MeasuredPower => (sbyte)Raw[24];

    private ReadOnlySpan<byte> Raw { get; }

    public static bool TryParse(ReadOnlySpan<byte> manufacturerData, out IBeaconFrame frame)
    {
        frame = default;
        if (manufacturerData.Length < Length
            || BinaryPrimitives.ReadUInt16LittleEndian(manufacturerData) != AppleCompanyId
            || manufacturerData[2] != 0x02
            || manufacturerData[3] != 0x15)
        {
            return false;
        }

        frame = new IBeaconFrame(manufacturerData);
        return true;
    }
}
