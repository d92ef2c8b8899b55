using System.Buffers.Binary;
using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.EdgeAgent.Ble;

/// <summary>Builds the HCI command packets the scanner sends (Core spec Vol 4 Part E 7.8): type 0x01, opcode, length, parameters.</summary>
internal static class HciCommands
{
    public const ushort Reset = 0x0C03;
    public const ushort SetEventMask = 0x0C01;
    public const ushort LeSetEventMask = 0x2001;
    public const ushort LeReadLocalSupportedFeatures = 0x2003;
    public const ushort LeSetScanParameters = 0x200B;
    public const ushort LeSetScanEnable = 0x200C;
    public const ushort LeSetExtendedScanParameters = 0x2041;
    public const ushort LeSetExtendedScanEnable = 0x2042;

    /// <summary>Status "Unknown HCI Command": the controller predates the extended commands.</summary>
    public const byte StatusUnknownCommand = 0x01;

    /// <summary>Status "Command Disallowed": typically another host (BlueZ) is scanning on the adapter.</summary>
    public const byte StatusCommandDisallowed = 0x0C;

    private const double SlotMs = 0.625;

    public static byte[] Command(ushort opcode, ReadOnlySpan<byte> parameters)
    {
        var packet = new byte[4 + parameters.Length];
        packet[0] = 0x01;
        BinaryPrimitives.WriteUInt16LittleEndian(packet.AsSpan(1), opcode);
        packet[3] = (byte)parameters.Length;
        parameters.CopyTo(packet.AsSpan(4));
        return packet;
    }

    public static byte[] ScanParameters(ScanSettings scan)
    {
        Span<byte> p = stackalloc byte[7];
        p[0] = scan.Active ? (byte)1 : (byte)0;
        BinaryPrimitives.WriteUInt16LittleEndian(p[1..], Slots(scan.IntervalMs, 0x4000));
        BinaryPrimitives.WriteUInt16LittleEndian(p[3..], Slots(scan.WindowMs, 0x4000));
        p[5] = 0; // own address: public
        p[6] = 0; // accept all advertisements
        return Command(LeSetScanParameters, p);
    }

    /// <summary>Scan enable with the controller's duplicate filter off: every advert is an RSSI sample.</summary>
    public static byte[] ScanEnable(bool enable) => Command(LeSetScanEnable, [enable ? (byte)1 : (byte)0, 0]);

    /// <summary>Extended scan parameters on the LE 1M PHY only.</summary>
    public static byte[] ExtendedScanParameters(ScanSettings scan)
    {
        Span<byte> p = stackalloc byte[8];
        p[0] = 0; // own address: public
        p[1] = 0; // accept all
        p[2] = 0x01; // scanning PHYs: LE 1M
        p[3] = scan.Active ? (byte)1 : (byte)0;
        BinaryPrimitives.WriteUInt16LittleEndian(p[4..], Slots(scan.IntervalMs, 0xFFFF));
        BinaryPrimitives.WriteUInt16LittleEndian(p[6..], Slots(scan.WindowMs, 0xFFFF));
        return Command(LeSetExtendedScanParameters, p);
    }

    /// <summary>Extended scan enable, duplicates not filtered, scanning until disabled (duration and period 0).</summary>
    public static byte[] ExtendedScanEnable(bool enable) =>
        Command(LeSetExtendedScanEnable, [enable ? (byte)1 : (byte)0, 0, 0, 0, 0, 0]);

    /// <summary>The host event mask with LE Meta events (bit 61) on top of the spec's default.</summary>
    public static byte[] EventMaskWithLeMeta()
    {
        Span<byte> p = stackalloc byte[8];
        BinaryPrimitives.WriteUInt64LittleEndian(p, 0x00001FFFFFFFFFFFUL | (1UL << 61));
        return Command(SetEventMask, p);
    }

    /// <summary>LE event mask: the spec's default plus advertising reports (bit 1) and extended ones (bit 12).</summary>
    public static byte[] LeEventMaskWithReports()
    {
        Span<byte> p = stackalloc byte[8];
        BinaryPrimitives.WriteUInt64LittleEndian(p, 0x1FUL | (1UL << 1) | (1UL << 12));
        return Command(LeSetEventMask, p);
    }

    /// <summary>True when the LE features (LE Read Local Supported Features return) include extended advertising (bit 12).</summary>
    public static bool SupportsExtendedAdvertising(ReadOnlySpan<byte> features) => features.Length >= 2 && (features[1] & 0x10) != 0;

    private static ushort Slots(double ms, int max) => (ushort)Math.Clamp((int)Math.Round(ms / SlotMs), 0x0004, max);
}
