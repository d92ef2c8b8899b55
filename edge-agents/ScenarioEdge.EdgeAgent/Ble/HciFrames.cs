namespace ScenarioEdge.EdgeAgent.Ble;

/// <summary>Builds HCI LE advertising report event packets, as a controller sends them (replay, load and tests).</summary>
internal static class HciFrames
{
    /// <summary>An LE Advertising Report event (subevent 0x02) with one report per entry.</summary>
    public static byte[] LegacyReport(params ReadOnlySpan<Report> reports)
    {
        var length = 2;
        foreach (var r in reports)
        {
            length += 10 + r.Data.Length;
        }

        var packet = new byte[3 + length];
        packet[0] = HciEventParser.EventPacket;
        packet[1] = HciEventParser.LeMetaEvent;
        packet[2] = (byte)length;
        packet[3] = HciEventParser.AdvertisingReport;
        packet[4] = (byte)reports.Length;
        var at = 5;
        foreach (var r in reports)
        {
            packet[at] = 0x00; // ADV_IND
            packet[at + 1] = r.AddressType;
            BluetoothAddress.Write(r.Address, packet.AsSpan(at + 2));
            packet[at + 8] = (byte)r.Data.Length;
            r.Data.CopyTo(packet.AsSpan(at + 9));
            packet[at + 9 + r.Data.Length] = (byte)r.Rssi;
            at += 10 + r.Data.Length;
        }

        return packet;
    }

    /// <summary>An LE Extended Advertising Report event (subevent 0x0D) with one complete report.</summary>
    public static byte[] ExtendedReport(ulong address, byte addressType, sbyte rssi, byte[] data, ushort eventType = 0x0001)
    {
        var length = 2 + 24 + data.Length;
        var packet = new byte[3 + length];
        packet[0] = HciEventParser.EventPacket;
        packet[1] = HciEventParser.LeMetaEvent;
        packet[2] = (byte)length;
        packet[3] = HciEventParser.ExtendedAdvertisingReport;
        packet[4] = 1;
        var r = packet.AsSpan(5);
        r[0] = (byte)eventType;
        r[1] = (byte)(eventType >> 8);
        r[2] = addressType;
        BluetoothAddress.Write(address, r[3..]);
        r[9] = 0x01; // primary PHY LE 1M
        r[10] = 0x00; // no secondary PHY
        r[11] = 0xFF; // no SID
        r[12] = 0x7F; // TX power not available
        r[13] = (byte)rssi;
        r[23] = (byte)data.Length;
        data.CopyTo(r[24..]);
        return packet;
    }

    /// <summary>One legacy advertising report.</summary>
    public readonly record struct Report(ulong Address, byte AddressType, sbyte Rssi, byte[] Data);
}
