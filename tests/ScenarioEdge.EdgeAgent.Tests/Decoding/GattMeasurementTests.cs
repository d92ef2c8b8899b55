using ScenarioEdge.EdgeAgent.Decoding.Gatt;

namespace ScenarioEdge.EdgeAgent.Tests.Decoding;

public class GattMeasurementTests
{
    [Fact]
    public void HeartRate_EightBitRateNoContactSupport_GivesRateOnly()
    {
        Assert.True(HeartRateMeasurement.TryParse([0x00, 72], out var m));

        Assert.Equal(72, m!.HeartRateBpm);
        Assert.Null(m.SensorContact);
        Assert.Null(m.EnergyKj);
        Assert.Empty(m.RrMs);
    }

    [Fact]
    public void HeartRate_SixteenBitRateWithEnergy_GivesBoth()
    {
        Assert.True(HeartRateMeasurement.TryParse([0x09, 0x2C, 0x01, 0x10, 0x27], out var m));

        Assert.Equal(300, m!.HeartRateBpm);
        Assert.Equal(10_000, m.EnergyKj);
    }

    [Fact]
    public void HeartRate_ContactAndRrIntervals_ConvertsRrFrom1024thsToMilliseconds()
    {
        // flags: contact supported + detected, RR present; 80 bpm; RR 1024/1024 s and 512/1024 s.
        Assert.True(HeartRateMeasurement.TryParse([0x16, 80, 0x00, 0x04, 0x00, 0x02], out var m));

        Assert.True(m!.SensorContact);
        Assert.Equal([1000.0, 500.0], m.RrMs);
    }

    [Fact]
    public void HeartRate_ContactSupportedButLost_ReportsNoContact()
    {
        Assert.True(HeartRateMeasurement.TryParse([0x04, 60], out var m));

        Assert.False(m!.SensorContact);
    }

    [Fact]
    public void HeartRate_SixteenBitFlagButOneByte_IsRejected() =>
        Assert.False(HeartRateMeasurement.TryParse([0x01, 60], out _));

    [Fact]
    public void Rsc_AllFieldsRunning_GivesSpeedCadenceStrideDistance()
    {
        // flags stride + distance + running; 640/256 = 2.5 m/s; 160 spm; 100 cm; 1000 dm.
        Assert.True(RscMeasurement.TryParse([0x07, 0x80, 0x02, 160, 0x64, 0x00, 0xE8, 0x03, 0x00, 0x00], out var m));

        Assert.Equal(2.5, m!.SpeedMps);
        Assert.Equal(160, m.CadenceSpm);
        Assert.Equal(1.0, m.StrideM);
        Assert.Equal(100.0, m.DistanceM);
        Assert.True(m.Running);
    }

    [Fact]
    public void Rsc_Walking_ClearsRunningAndOmitsOptionalFields()
    {
        Assert.True(RscMeasurement.TryParse([0x00, 0x80, 0x01, 110], out var m));

        Assert.False(m!.Running);
        Assert.Null(m.StrideM);
        Assert.Equal(1.5, m.SpeedMps);
    }

    [Fact]
    public void Rsc_DistanceFlagWithoutDistance_IsRejected() =>
        Assert.False(RscMeasurement.TryParse([0x02, 0x80, 0x01, 110], out _));

    [Fact]
    public void Csc_WheelAndCrank_ParsesCumulativeValues()
    {
        Assert.True(CscMeasurement.TryParse([0x03, 0x64, 0x00, 0x00, 0x00, 0x00, 0x04, 0x0A, 0x00, 0x00, 0x08], out var m));

        Assert.Equal(100u, m!.WheelRevolutions);
        Assert.Equal((ushort)1024, m.WheelEventTime);
        Assert.Equal((ushort)10, m.CrankRevolutions);
        Assert.Equal((ushort)2048, m.CrankEventTime);
    }

    [Fact]
    public void Csc_RatesSincePrevious_GivesSpeedAndCadence()
    {
        var previous = new CscMeasurement(100, 0, 10, 0);
        var current = new CscMeasurement(102, 1024, 11, 1024);

        var (speed, cadence) = current.RatesSince(previous, wheelCircumferenceM: 2.1);

        Assert.Equal(4.2, speed!.Value, 6);
        Assert.Equal(60.0, cadence!.Value, 6);
    }

    [Fact]
    public void Csc_EventTimeWrapsAround_StillGivesPositiveRates()
    {
        var previous = new CscMeasurement(100, 65_024, 65_535, 65_024);
        var current = new CscMeasurement(101, 512, 0, 512);

        var (speed, cadence) = current.RatesSince(previous, wheelCircumferenceM: 2.0);

        Assert.Equal(2.0, speed!.Value, 6);
        Assert.Equal(60.0, cadence!.Value, 6);
    }
}
