using System.Text;
using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.Protocol.Tests;

/// <summary>What docs/protocol.md rules out is refused by the codec, naming the field.</summary>
public sealed class ProtocolRuleTests
{
    [Theory]
    [InlineData("""{"id":"b","ts":"2026-11-24T08:00:00","sightings":[]}""", "$.ts")]
    [InlineData("""{"id":"b","ts":"2026-11-24T08:00:00.250","sightings":[]}""", "$.ts")]
    [InlineData("""{"id":"b","ts":"2026-11-24","sightings":[]}""", "$.ts")]
    [InlineData("""{"id":"b","ts":"2026-11-24T08:00:00Z","sightings":[{"adv":"x","kind":"ibeacon","rssi":-60,"ts":"2026-11-24T08:00:00"}]}""", "$.sightings[0].ts")]
    public void Decode_EventTimeWithoutOffset_RefusedAsInvalidFieldNamingIt(string json, string named)
    {
        var result = ProtocolCodec.Decode<SightingsBatch>(Encoding.UTF8.GetBytes(json));

        Assert.Equal(DecodeFailure.InvalidField, result.Failure);
        Assert.Contains(named, result.Error, StringComparison.Ordinal);
        Assert.Contains("no UTC offset", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-11-24T08:00:00Z", 0)]
    [InlineData("2026-11-24T08:00:00.125+01:00", 60)]
    [InlineData("2026-11-24T08:00:00-05:30", -330)]
    [InlineData("2026-11-24T08:00:00\u002B02:00", 120)]
    public void Decode_EventTimeWithOffset_Accepted(string ts, int offsetMinutes)
    {
        var result = ProtocolCodec.Decode<SightingsBatch>(Encoding.UTF8.GetBytes($$"""{"id":"b","ts":"{{ts}}","sightings":[]}"""));

        Assert.True(result.Ok, result.Error);
        Assert.Equal(TimeSpan.FromMinutes(offsetMinutes), result.Value!.Ts.Offset);
    }

    [Fact]
    public void Decode_EscapedOffset_Accepted()
    {
        var result = ProtocolCodec.Decode<AppActivity>(Encoding.UTF8.GetBytes("""{"id":"a","ts":"2026-11-24T08:00:00\u002B01:00","activity":"walking"}"""));

        Assert.True(result.Ok, result.Error);
    }

    [Theory]
    [InlineData("""{"id":"w","ts":"2026-11-24T08:00:00Z","adv":"hr","profile":"heartRate","heartRateBpm":150,"cadenceSpm":170}""", "heartRate sample carries only")]
    [InlineData("""{"id":"w","ts":"2026-11-24T08:00:00Z","adv":"pod","profile":"runningSpeedCadence","cadenceSpm":170,"heartRateBpm":150}""", "runningSpeedCadence sample carries only")]
    [InlineData("""{"id":"w","ts":"2026-11-24T08:00:00Z","adv":"csc","profile":"cyclingSpeedCadence","crankRevolutions":7,"strideM":1.1}""", "cyclingSpeedCadence sample carries only")]
    public void Decode_WearableSampleWithAnotherProfilesFields_Refused(string json, string named)
    {
        var result = ProtocolCodec.Decode<WearableSample>(Encoding.UTF8.GetBytes(json));

        Assert.Equal(DecodeFailure.InvalidField, result.Failure);
        Assert.Contains(named, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Encode_EventTime_KeepsItsOffset()
    {
        var json = Encoding.UTF8.GetString(ProtocolCodec.Encode(new SightingsBatch { Id = "b", Ts = new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.FromHours(1)) }));

        Assert.Contains("\"ts\":\"2026-11-24T08:00:00+01:00\"", json, StringComparison.Ordinal);
    }
}
