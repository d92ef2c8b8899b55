using System.Buffers.Binary;

namespace ScenarioEdge.EdgeAgent.Decoding.Gatt;

/// <summary>
/// RSC Measurement characteristic 0x2A53: flags, speed (1/256 m/s), cadence (steps/min), optional stride length
/// (1/100 m), optional total distance (1/10 m); flag bit 2 is walking (0) or running (1).
/// </summary>
internal sealed record RscMeasurement(double SpeedMps, int CadenceSpm, double? StrideM, double? DistanceM, bool Running)
{
    private const byte StridePresent = 0x01;
    private const byte DistancePresent = 0x02;
    private const byte RunningBit = 0x04;

    public static bool TryParse(ReadOnlySpan<byte> value, out RscMeasurement? measurement)
    {
        measurement = null;
        var flags = value.IsEmpty ? (byte)0 : value[0];
        var needed = 4 + ((flags & StridePresent) != 0 ? 2 : 0) + ((flags & DistancePresent) != 0 ? 4 : 0);
        if (value.Length < needed)
        {
            return false;
        }

        var speed = BinaryPrimitives.ReadUInt16LittleEndian(value[1..]) / 256.0;
        int cadence = value[3];
        var at = 4;
        double? stride = null;
        if ((flags & StridePresent) != 0)
        {
            stride = BinaryPrimitives.ReadUInt16LittleEndian(value[at..]) / 100.0;
            at += 2;
        }

        double? distance = null;
        if ((flags & DistancePresent) != 0)
        {
            distance = BinaryPrimitives.ReadUInt32LittleEndian(value[at..]) / 10.0;
        }

        measurement = new RscMeasurement(speed, cadence, stride, distance, (flags & RunningBit) != 0);
        return true;
    }
}
