using System.Buffers.Binary;

namespace ScenarioEdge.EdgeAgent.Ble;

/// <summary>
/// Parses HCI event packets (Core spec Vol 4 Part E 7.7) as the raw socket delivers them: packet type 0x04, event
/// code, parameter length, parameters. Reports are laid out one after the other, as Linux and controllers do.
/// Never throws: a report that runs past the end of the packet ends parsing and marks the packet malformed.
/// </summary>
internal static class HciEventParser
{
    public const byte EventPacket = 0x04;
    public const byte CommandCompleteEvent = 0x0E;
    public const byte CommandStatusEvent = 0x0F;
    public const byte LeMetaEvent = 0x3E;
    public const byte AdvertisingReport = 0x02;
    public const byte ExtendedAdvertisingReport = 0x0D;
    private const sbyte RssiUnavailable = 127;
    private const int ExtendedReportFixedLength = 24;

    /// <summary>Delivers every advertising report of <paramref name="packet"/>; returns how many, and whether the packet was malformed.</summary>
    public static int ParseAdvertisingReports(ReadOnlySpan<byte> packet, IAdvertReportSink sink, out bool malformed)
    {
        malformed = false;
        if (packet.Length < 5 || packet[0] != EventPacket || packet[1] != LeMetaEvent)
        {
            malformed = packet.Length < 3 || packet[0] != EventPacket;
            return 0;
        }

        var parameters = packet[3..];
        if (packet[2] != parameters.Length)
        {
            malformed = true;
            parameters = parameters[..Math.Min(packet[2], parameters.Length)];
        }

        if (parameters.IsEmpty)
        {
            return 0;
        }

        return parameters[0] switch
        {
            AdvertisingReport when parameters.Length >= 2 => ParseLegacy(parameters[2..], parameters[1], sink, ref malformed),
            ExtendedAdvertisingReport when parameters.Length >= 2 => ParseExtended(parameters[2..], parameters[1], sink, ref malformed),
            _ => 0,
        };
    }

    /// <summary>Reads a Command Complete event: the opcode it answers and its return parameters (status first).</summary>
    public static bool TryParseCommandComplete(ReadOnlySpan<byte> packet, out ushort opcode, out ReadOnlySpan<byte> returnParameters)
    {
        opcode = 0;
        returnParameters = default;
        if (packet.Length < 7 || packet[0] != EventPacket || packet[1] != CommandCompleteEvent || packet[2] + 3 > packet.Length || packet[2] < 4)
        {
            return false;
        }

        opcode = BinaryPrimitives.ReadUInt16LittleEndian(packet[4..]);
        returnParameters = packet.Slice(6, packet[2] - 3);
        return true;
    }

    /// <summary>Reads a Command Status event: the opcode and its status.</summary>
    public static bool TryParseCommandStatus(ReadOnlySpan<byte> packet, out ushort opcode, out byte status)
    {
        opcode = 0;
        status = 0;
        if (packet.Length < 7 || packet[0] != EventPacket || packet[1] != CommandStatusEvent || packet[2] < 4)
        {
            return false;
        }

        status = packet[3];
        opcode = BinaryPrimitives.ReadUInt16LittleEndian(packet[5..]);
        return true;
    }

    // Event_Type(1) Address_Type(1) Address(6) Data_Length(1) Data(n) RSSI(1), per report.
    private static int ParseLegacy(ReadOnlySpan<byte> rest, int count, IAdvertReportSink sink, ref bool malformed)
    {
        var delivered = 0;
        for (var i = 0; i < count; i++)
        {
            if (rest.Length < 10 || rest.Length < 10 + rest[8] || rest[8] > 31)
            {
                malformed = true;
                break;
            }

            var length = rest[8];
            var rssi = (sbyte)rest[9 + length];
            if (rssi != RssiUnavailable)
            {
                sink.OnAdvert(new AdvertReport(BluetoothAddress.Read(rest[2..]), rest[1], rssi, rest.Slice(9, length)));
                delivered++;
            }

            rest = rest[(10 + length)..];
        }

        return delivered;
    }

    // Event_Type(2) Address_Type(1) Address(6) Primary_PHY(1) Secondary_PHY(1) SID(1) TX_Power(1) RSSI(1)
    // Periodic_Interval(2) Direct_Address_Type(1) Direct_Address(6) Data_Length(1) Data(n), per report.
    private static int ParseExtended(ReadOnlySpan<byte> rest, int count, IAdvertReportSink sink, ref bool malformed)
    {
        var delivered = 0;
        for (var i = 0; i < count; i++)
        {
            if (rest.Length < ExtendedReportFixedLength || rest.Length < ExtendedReportFixedLength + rest[23])
            {
                malformed = true;
                break;
            }

            var eventType = BinaryPrimitives.ReadUInt16LittleEndian(rest);
            var length = rest[23];
            var rssi = (sbyte)rest[13];
            var complete = ((eventType >> 5) & 0x3) == 0;

            // Fragments of a chained advertisement (data status "more to come" or "truncated") are skipped:
            // every format we decode fits in one report.
            if (complete && rssi != RssiUnavailable)
            {
                sink.OnAdvert(new AdvertReport(BluetoothAddress.Read(rest[3..]), rest[2], rssi, rest.Slice(ExtendedReportFixedLength, length)));
                delivered++;
            }

            rest = rest[(ExtendedReportFixedLength + length)..];
        }

        return delivered;
    }
}
