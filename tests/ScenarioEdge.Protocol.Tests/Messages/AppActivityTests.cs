using System.Text;
using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.Protocol.Tests.Messages;

public sealed class AppActivityTests
{
    [Theory]
    [InlineData("STILL", PhoneActivity.Still)]
    [InlineData("ON_FOOT", PhoneActivity.Walking)]
    [InlineData("WALKING", PhoneActivity.Walking)]
    [InlineData("RUNNING", PhoneActivity.Running)]
    [InlineData("ON_BICYCLE", PhoneActivity.Cycling)]
    [InlineData("on_bicycle", PhoneActivity.Cycling)]
    [InlineData("IN_VEHICLE", PhoneActivity.InVehicle)]
    [InlineData("in_vehicle", PhoneActivity.InVehicle)]
    [InlineData("TILTING", PhoneActivity.Unknown)]
    [InlineData("UNKNOWN", PhoneActivity.Unknown)]
    [InlineData("stationary", PhoneActivity.Still)]
    [InlineData("walking", PhoneActivity.Walking)]
    [InlineData("running", PhoneActivity.Running)]
    [InlineData("cycling", PhoneActivity.Cycling)]
    [InlineData("automotive", PhoneActivity.InVehicle)]
    [InlineData("unknown", PhoneActivity.Unknown)]
    [InlineData("still", PhoneActivity.Still)]
    [InlineData("inVehicle", PhoneActivity.InVehicle)]
    public void Decode_PlatformActivityWord_MapsToTheEngineClass(string word, PhoneActivity expected)
    {
        var result = Decode($$"""{"id":"a","ts":"2026-11-24T08:00:00Z","activity":"{{word}}"}""");

        Assert.True(result.Ok, result.Error);
        Assert.Equal(expected, result.Value!.Activity);
    }

    [Theory]
    [InlineData("\"flying\"", "unknown activity 'flying'")]
    [InlineData("\"ON FOOT\"", "unknown activity 'ON FOOT'")]
    [InlineData("3", "expected a string")]
    [InlineData("null", "expected a string")]
    public void Decode_UnknownActivityWord_RefusedNamingTheAcceptedWords(string value, string problem)
    {
        var result = Decode($$"""{"id":"a","ts":"2026-11-24T08:00:00Z","activity":{{value}}}""");

        Assert.False(result.Ok);
        Assert.Equal(DecodeFailure.MalformedJson, result.Failure);
        Assert.Contains("$.activity", result.Error, StringComparison.Ordinal);
        Assert.Contains(problem, result.Error, StringComparison.Ordinal);
        Assert.Contains("ON_BICYCLE", result.Error, StringComparison.Ordinal);
        Assert.Contains("automotive", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_HugeActivityString_RefusedWithoutEchoingIt()
    {
        var result = Decode($$"""{"id":"a","ts":"2026-11-24T08:00:00Z","activity":"{{new string('x', 5000)}}"}""");

        Assert.False(result.Ok);
        Assert.DoesNotContain("xxxx", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0.8", 0.8)]
    [InlineData("1", 1.0)]
    [InlineData("0", 0.0)]
    [InlineData("85", 0.85)]
    [InlineData("100", 1.0)]
    public void Decode_ConfidenceAsShareOrPercent_ReadAsAShare(string confidence, double share)
    {
        var result = Decode($$"""{"id":"a","ts":"2026-11-24T08:00:00Z","activity":"IN_VEHICLE","confidence":{{confidence}}}""");

        Assert.True(result.Ok, result.Error);
        Assert.Equal(share, result.Value!.ConfidenceShare!.Value, 9);
    }

    [Theory]
    [InlineData("100.5")]
    [InlineData("-1")]
    public void Decode_ConfidenceBeyondAPercent_Refused(string confidence)
    {
        var result = Decode($$"""{"id":"a","ts":"2026-11-24T08:00:00Z","activity":"STILL","confidence":{{confidence}}}""");

        Assert.Equal(DecodeFailure.InvalidField, result.Failure);
        Assert.StartsWith("confidence:", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-3")]
    [InlineData("250")]
    public void Decode_SoundLevelOutOfRange_Refused(string soundDb)
    {
        var result = Decode($$"""{"id":"a","ts":"2026-11-24T08:00:00Z","activity":"STILL","soundDb":{{soundDb}}}""");

        Assert.Equal(DecodeFailure.InvalidField, result.Failure);
        Assert.StartsWith("soundDb:", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Encode_PlatformWordDecoded_WritesTheProtocolsOwnWord()
    {
        var decoded = Decode("""{"id":"a","ts":"2026-11-24T08:00:00Z","activity":"automotive","confidence":77}""").Value!;

        var json = Encoding.UTF8.GetString(ProtocolCodec.Encode(decoded));

        Assert.Contains("\"activity\":\"inVehicle\"", json, StringComparison.Ordinal);
        Assert.Contains("\"confidence\":77", json, StringComparison.Ordinal);
    }

    private static DecodeResult<AppActivity> Decode(string json) => ProtocolCodec.Decode<AppActivity>(Encoding.UTF8.GetBytes(json));
}
