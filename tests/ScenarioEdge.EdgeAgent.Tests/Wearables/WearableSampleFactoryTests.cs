using ScenarioEdge.EdgeAgent.Wearables;
using ScenarioEdge.Protocol;
using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.EdgeAgent.Tests.Wearables;

public class WearableSampleFactoryTests
{
    private static readonly DateTimeOffset Ts = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Create_Rsc_CarriesEveryFieldAndPassesTheProtocolCheck()
    {
        var factory = new WearableSampleFactory("footpod-3", 2.105);

        var sample = factory.Create(WearableProfile.RunningSpeedCadence, Convert.FromHexString("078003AA7C0039300000"), "w-1", Ts, out var dropped);

        Assert.Equal(WearableDropReason.None, dropped);
        Assert.Equal((3.5, 170, 1.24, 1234.5, true), (sample!.SpeedMps!.Value, sample.CadenceSpm!.Value, sample.StrideM!.Value, sample.DistanceM!.Value, sample.Running!.Value));
        Assert.True(ProtocolCodec.Decode<WearableSample>(ProtocolCodec.Encode(sample)).Ok);
    }

    [Fact]
    public void Create_CscTwice_DerivesSpeedAndCadenceFromTheSecond()
    {
        var factory = new WearableSampleFactory("bike-1", 2.0);

        // Wheel 100 revs at 1024/1024 s, crank 50 at 1024; then wheel 104 at 2048, crank 51 at 2048: 8 m/s, 60 rpm.
        var first = factory.Create(WearableProfile.CyclingSpeedCadence, Convert.FromHexString("0364000000000432000004"), "w-1", Ts, out _);
        var second = factory.Create(WearableProfile.CyclingSpeedCadence, Convert.FromHexString("0368000000000833000008"), "w-2", Ts.AddSeconds(1), out _);

        Assert.Null(first!.SpeedMps);
        Assert.Equal((8.0, 60.0, 104L, 51), (second!.SpeedMps!.Value, second.CadenceRpm!.Value, second.WheelRevolutions!.Value, second.CrankRevolutions!.Value));
    }

    [Fact]
    public void Create_CscCountersReset_LeavesTheAbsurdRateOutButKeepsTheSample()
    {
        var factory = new WearableSampleFactory("bike-1", 2.0);
        factory.Create(WearableProfile.CyclingSpeedCadence, Convert.FromHexString("01A08601000004"), "w-1", Ts, out _);

        var after = factory.Create(WearableProfile.CyclingSpeedCadence, Convert.FromHexString("01020000000008"), "w-2", Ts, out var dropped);

        Assert.Equal(WearableDropReason.None, dropped);
        Assert.Null(after!.SpeedMps);
        Assert.Equal(2L, after.WheelRevolutions);
    }

    [Fact]
    public void Create_StrapNotWorn_ZeroBpmIsDroppedAsOutOfRangeNamingTheField()
    {
        var factory = new WearableSampleFactory("hr-strap-7", 2.105);

        var sample = factory.Create(WearableProfile.HeartRate, Convert.FromHexString("0400"), "w-1", Ts, out var dropped);

        Assert.Null(sample);
        Assert.Equal(WearableDropReason.OutOfRange, dropped);
        Assert.StartsWith("heartRateBpm", factory.LastProblem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(WearableProfile.HeartRate, "")]
    [InlineData(WearableProfile.HeartRate, "0148")]
    [InlineData(WearableProfile.RunningSpeedCadence, "078003AA7C00")]
    [InlineData(WearableProfile.CyclingSpeedCadence, "0364000000")]
    public void Create_ValueTooShortForItsFlags_IsDroppedAsMalformed(WearableProfile profile, string hex)
    {
        var sample = new WearableSampleFactory("w", 2.105).Create(profile, Convert.FromHexString(hex), "w-1", Ts, out var dropped);

        Assert.Null(sample);
        Assert.Equal(WearableDropReason.Malformed, dropped);
    }

    [Fact]
    public void Create_MoreRrIntervalsThanTheProtocolTakes_KeepsTheLatest64()
    {
        var value = new byte[2 + (90 * 2)];
        value[0] = 0x10;
        value[1] = 70;
        for (var i = 0; i < 90; i++)
        {
            value[2 + (i * 2)] = (byte)i;
            value[3 + (i * 2)] = 4;
        }

        var sample = new WearableSampleFactory("w", 2.105).Create(WearableProfile.HeartRate, value, "w-1", Ts, out var dropped);

        Assert.Equal(WearableDropReason.None, dropped);
        Assert.Equal(64, sample!.RrMs!.Count);
        Assert.Equal(Math.Round(((4 * 256) + 89) * 1000.0 / 1024.0, 1), sample.RrMs[^1]);
    }
}
