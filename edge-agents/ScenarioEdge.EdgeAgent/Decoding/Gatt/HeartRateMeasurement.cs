using System.Buffers.Binary;

namespace ScenarioEdge.EdgeAgent.Decoding.Gatt;

/// <summary>
/// Heart Rate Measurement characteristic 0x2A37 (GATT Specification Supplement 3.113): flags, rate as uint8 or
/// uint16, optional energy expended (kJ), optional RR intervals in 1/1024 s.
/// </summary>
internal sealed record HeartRateMeasurement(int HeartRateBpm, bool? SensorContact, int? EnergyKj, double[] RrMs)
{
    private const byte Rate16Bit = 0x01;
    private const byte ContactDetected = 0x02;
    private const byte ContactSupported = 0x04;
    private const byte EnergyPresent = 0x08;
    private const byte RrPresent = 0x10;

    public static bool TryParse(ReadOnlySpan<byte> value, out HeartRateMeasurement? measurement)
    {
        measurement = null;
        if (value.Length < 2)
        {
            return false;
        }

        var flags = value[0];
        var at = 1;
        int rate;
        if ((flags & Rate16Bit) != 0)
        {
            if (value.Length < 3)
            {
                return false;
            }

            rate = BinaryPrimitives.ReadUInt16LittleEndian(value[1..]);
            at = 3;
        }
        else
        {
            rate = value[1];
            at = 2;
        }

        int? energy = null;
        if ((flags & EnergyPresent) != 0)
        {
            if (value.Length < at + 2)
            {
                return false;
            }

            energy = BinaryPrimitives.ReadUInt16LittleEndian(value[at..]);
            at += 2;
        }

        var rr = Array.Empty<double>();
        if ((flags & RrPresent) != 0)
        {
            var rest = value[at..];
            rr = new double[rest.Length / 2];
            for (var i = 0; i < rr.Length; i++)
            {
                rr[i] = Math.Round(BinaryPrimitives.ReadUInt16LittleEndian(rest[(i * 2)..]) * 1000.0 / 1024.0, 1);
            }
        }

        bool? contact = (flags & ContactSupported) != 0 ? (flags & ContactDetected) != 0 : null;
        measurement = new HeartRateMeasurement(rate, contact, energy, rr);
        return true;
    }
}
