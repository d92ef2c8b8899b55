using ScenarioEdge.EdgeAgent.Ble;
using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.EdgeAgent.Tests.Ble;

public class HciCommandsTests
{
    [Fact]
    public void ScanParameters_ActiveHundredByFifty_EncodesSlotsOf625Microseconds() =>
        Assert.Equal("010B2007" + "01" + "A000" + "5000" + "00" + "00",
            Convert.ToHexString(HciCommands.ScanParameters(new ScanSettings { Active = true, IntervalMs = 100, WindowMs = 50 })));

    [Fact]
    public void ScanEnable_On_DisablesControllerDuplicateFilter() =>
        Assert.Equal("010C20020100", Convert.ToHexString(HciCommands.ScanEnable(true)));

    [Fact]
    public void ExtendedScanParameters_Passive_UsesLe1MPhyOnly() =>
        Assert.Equal("0141200800000100A0005000",
            Convert.ToHexString(HciCommands.ExtendedScanParameters(new ScanSettings { Active = false, IntervalMs = 100, WindowMs = 50 })));

    [Fact]
    public void ExtendedScanEnable_On_NoDuplicateFilterAndNoDuration() =>
        Assert.Equal("014220060100" + "00000000", Convert.ToHexString(HciCommands.ExtendedScanEnable(true)));

    [Fact]
    public void SupportsExtendedAdvertising_FeaturesWithoutBit12_IsFalse() =>
        Assert.False(HciCommands.SupportsExtendedAdvertising(Convert.FromHexString("FF0F000000000000")));
}
