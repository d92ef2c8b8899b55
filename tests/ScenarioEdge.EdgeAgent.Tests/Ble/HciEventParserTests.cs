using ScenarioEdge.EdgeAgent.Ble;
using ScenarioEdge.EdgeAgent.Tests.Support;

namespace ScenarioEdge.EdgeAgent.Tests.Ble;

public class HciEventParserTests
{
    [Fact]
    public void ParseAdvertisingReports_LegacyFrameWithTwoReports_DeliversBoth()
    {
        var packet = HciFrames.LegacyReport(
            new(0xC0FFEE001122, 0, -61, Adverts.Bytes(Adverts.IBeacon)),
            new(0x4A1122334455, 1, -77, Adverts.Bytes(Adverts.EddystoneUid)));
        var sink = new RecordingSink();

        var count = HciEventParser.ParseAdvertisingReports(packet, sink, out var malformed);

        Assert.Equal(2, count);
        Assert.False(malformed);
        Assert.Equal([(0xC0FFEE001122UL, (byte)0, (sbyte)-61, Adverts.IBeacon), (0x4A1122334455UL, (byte)1, (sbyte)-77, Adverts.EddystoneUid)], sink.Reports);
    }

    [Fact]
    public void ParseAdvertisingReports_CapturedControllerBytes_ReadsAddressLittleEndian()
    {
        // 04 3E 0C 02 01 | ADV_IND, random, address 22:11:00:EE:FF:C0 (LE on the wire), 1 data byte... RSSI -56.
        var packet = Convert.FromHexString("043E0F02010001221100EEFFC003020106C8");
        packet[2] = (byte)(packet.Length - 3);
        var sink = new RecordingSink();

        HciEventParser.ParseAdvertisingReports(packet, sink, out _);

        Assert.Equal("C0:FF:EE:00:11:22", BluetoothAddress.Format(sink.Reports[0].Address));
        Assert.Equal((sbyte)-56, sink.Reports[0].Rssi);
    }

    [Fact]
    public void ParseAdvertisingReports_ExtendedReport_DeliversCompleteReport()
    {
        var packet = HciFrames.ExtendedReport(0x4A0000000001, 1, -70, Adverts.Bytes(Adverts.ShopperToken));
        var sink = new RecordingSink();

        Assert.Equal(1, HciEventParser.ParseAdvertisingReports(packet, sink, out _));
        Assert.Equal(Adverts.ShopperToken.ToUpperInvariant(), sink.Reports[0].Hex);
        Assert.Equal((sbyte)-70, sink.Reports[0].Rssi);
    }

    [Fact]
    public void ParseAdvertisingReports_ExtendedFragmentWithMoreToCome_IsSkipped()
    {
        var packet = HciFrames.ExtendedReport(0x4A0000000001, 1, -70, Adverts.Bytes(Adverts.Generic), eventType: 0x0021);

        Assert.Equal(0, HciEventParser.ParseAdvertisingReports(packet, new RecordingSink(), out var malformed));
        Assert.False(malformed);
    }

    [Fact]
    public void ParseAdvertisingReports_SecondReportTruncated_DeliversFirstAndFlagsMalformed()
    {
        var whole = HciFrames.LegacyReport(
            new(0x010203040506, 0, -50, Adverts.Bytes(Adverts.IBeacon)),
            new(0x010203040507, 0, -51, Adverts.Bytes(Adverts.AltBeacon)));
        var truncated = whole[..^10];
        var sink = new RecordingSink();

        var count = HciEventParser.ParseAdvertisingReports(truncated, sink, out var malformed);

        Assert.Equal(1, count);
        Assert.True(malformed);
    }

    [Fact]
    public void ParseAdvertisingReports_RssiNotAvailable_IsSkipped()
    {
        var packet = HciFrames.LegacyReport(new HciFrames.Report(0x010203040506, 0, 127, Adverts.Bytes(Adverts.IBeacon)));

        Assert.Equal(0, HciEventParser.ParseAdvertisingReports(packet, new RecordingSink(), out _));
    }

    [Theory]
    [InlineData("")]
    [InlineData("04")]
    [InlineData("043E")]
    [InlineData("043E00")]
    [InlineData("043E0202FF")]
    [InlineData("0201060303AAFE")]
    [InlineData("040E0401030C00")]
    public void ParseAdvertisingReports_GarbageOrOtherEvents_DeliversNothing(string hex) =>
        Assert.Equal(0, HciEventParser.ParseAdvertisingReports(Convert.FromHexString(hex), new RecordingSink(), out _));

    [Fact]
    public void TryParseCommandComplete_LeReadFeatures_GivesOpcodeAndReturnParameters()
    {
        // Command Complete: 1 packet allowed, opcode 0x2003, status 0, features with bit 12 (extended advertising).
        var packet = Convert.FromHexString("040E0C010320" + "00" + "FF1F000000000000");

        Assert.True(HciEventParser.TryParseCommandComplete(packet, out var opcode, out var parameters));
        Assert.Equal(HciCommands.LeReadLocalSupportedFeatures, opcode);
        Assert.Equal(0, parameters[0]);
        Assert.True(HciCommands.SupportsExtendedAdvertising(parameters[1..]));
    }

    [Fact]
    public void TryParseCommandStatus_Disallowed_GivesStatusAndOpcode()
    {
        Assert.True(HciEventParser.TryParseCommandStatus(Convert.FromHexString("040F040C010C20"), out var opcode, out var status));
        Assert.Equal(HciCommands.LeSetScanEnable, opcode);
        Assert.Equal(HciCommands.StatusCommandDisallowed, status);
    }

    private sealed class RecordingSink : IAdvertReportSink
    {
        public List<(ulong Address, byte AddressType, sbyte Rssi, string Hex)> Reports { get; } = [];

        public void OnAdvert(in AdvertReport report) =>
            Reports.Add((report.Address, report.AddressType, report.Rssi, Convert.ToHexString(report.Data)));
    }
}
