using System.Buffers.Binary;

namespace ScenarioEdge.EdgeAgent.Decoding.Gatt;

/// <summary>
/// CSC Measurement characteristic 0x2A5B: flags, optional wheel data (cumulative revolutions uint32, last event
/// time uint16 in 1/1024 s), optional crank data (cumulative revolutions uint16, last event time uint16).
/// </summary>
internal sealed record CscMeasurement(uint? WheelRevolutions, ushort? WheelEventTime, ushort? CrankRevolutions, ushort? CrankEventTime)
{
    private const byte WheelPresent = 0x01;
    private const byte CrankPresent = 0x02;

    public static bool TryParse(ReadOnlySpan<byte> value, out CscMeasurement? measurement)
    {
        measurement = null;
        var flags = value.IsEmpty ? (byte)0 : value[0];
        var needed = 1 + ((flags & WheelPresent) != 0 ? 6 : 0) + ((flags & CrankPresent) != 0 ? 4 : 0);
        if (value.IsEmpty || value.Length < needed)
        {
            return false;
        }

        var at = 1;
        uint? wheel = null;
        ushort? wheelTime = null;
        if ((flags & WheelPresent) != 0)
        {
            wheel = BinaryPrimitives.ReadUInt32LittleEndian(value[at..]);
            wheelTime = BinaryPrimitives.ReadUInt16LittleEndian(value[(at + 4)..]);
            at += 6;
        }

        ushort? crank = null;
        ushort? crankTime = null;
        if ((flags & CrankPresent) != 0)
        {
            crank = BinaryPrimitives.ReadUInt16LittleEndian(value[at..]);
            crankTime = BinaryPrimitives.ReadUInt16LittleEndian(value[(at + 2)..]);
        }

        measurement = new CscMeasurement(wheel, wheelTime, crank, crankTime);
        return true;
    }

    /// <summary>
    /// Speed and crank cadence from two consecutive measurements, as the CSC profile describes: revolutions over
    /// elapsed event time, with the 16-bit event times (and crank count) wrapping around.
    /// </summary>
    public (double? SpeedMps, double? CadenceRpm) RatesSince(CscMeasurement previous, double wheelCircumferenceM)
    {
        double? speed = null;
        if (WheelRevolutions is { } w && previous.WheelRevolutions is { } pw && WheelEventTime is { } t && previous.WheelEventTime is { } pt)
        {
            var dt = (ushort)(t - pt) / 1024.0;
            speed = dt > 0 ? unchecked(w - pw) * wheelCircumferenceM / dt : null;
        }

        double? cadence = null;
        if (CrankRevolutions is { } c && previous.CrankRevolutions is { } pc && CrankEventTime is { } ct && previous.CrankEventTime is { } pct)
        {
            var dt = (ushort)(ct - pct) / 1024.0;
            cadence = dt > 0 ? (ushort)(c - pc) * 60.0 / dt : null;
        }

        return (speed, cadence);
    }
}
