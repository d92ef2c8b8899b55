using System.Buffers.Binary;

namespace ScenarioEdge.EdgeAgent.Decoding;

/// <summary>
/// AltBeacon (altbeacon.org spec 1.0), in manufacturer data: company id (any, little-endian), beacon code 0xBEAC,
/// beacon id (20), reference RSSI at 1 m (signed), manufacturer reserved (1).
/// </summary>
internal readonly ref struct AltBeaconFrame
{
    private const int Length = 26;

    private AltBeaconFrame(ReadOnlySpan<byte> manufacturerData) => Raw = manufacturerData;

    public ushort CompanyId => BinaryPrimitives.ReadUInt16LittleEndian(Raw);

    /// <summary>The 20-byte beacon id (by convention a 16-byte organisational unit followed by 4 bytes).</summary>
    public ReadOnlySpan<byte> BeaconId => Raw.Slice(4, 20);

    public sbyte ReferenceRssi => (sbyte)Raw[24];

    public byte Reserved => Raw[25];

    private ReadOnlySpan<byte> Raw { get; }

    public static bool TryParse(ReadOnlySpan<byte> manufacturerData, out AltBeaconFrame frame)
    {
        frame = default;
        if (manufacturerData.Length != Length || manufacturerData[2] != 0xBE || manufacturerData[3] != 0xAC)
        {
            return false;
        }

        frame = new AltBeaconFrame(manufacturerData);
        return true;
    }
}
