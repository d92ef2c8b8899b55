using System.Text.Json.Serialization;

namespace ScenarioEdge.Protocol.Messages;

/// <summary>
/// The phone's view of what its owner is doing (topic <c>se/v1/apps/{install}/up/activity</c>). Coarse on purpose:
/// a distance to the nearest store, never a position.
/// </summary>
public sealed record AppActivity : ProtocolMessage
{
    /// <summary>Activity class from the phone's own recognition.</summary>
    [JsonPropertyName("activity")]
    public PhoneActivity Activity { get; init; }

    /// <summary>
    /// Confidence of <see cref="Activity"/> as the platform gives it: 0 to 1 (iOS levels, our own) or 0 to 100
    /// (Android's percent). A value above 1 is a percent; 1 itself is certainty.
    /// </summary>
    [JsonPropertyName("confidence")]
    public double? Confidence { get; init; }

    /// <summary><see cref="Confidence"/> as a share, 0 to 1, whichever scale the phone used.</summary>
    [JsonIgnore]
    public double? ConfidenceShare => Confidence is > 1 and var percent ? percent / 100 : Confidence;

    /// <summary>Speed over ground in m/s, when the phone knows it.</summary>
    [JsonPropertyName("speedMps")]
    public double? SpeedMps { get; init; }

    /// <summary>Standard deviation of the acceleration magnitude over the last few seconds, in m/s².</summary>
    [JsonPropertyName("accelStdMps2")]
    public double? AccelStdMps2 { get; init; }

    /// <summary>
    /// Mean sound level over the same few seconds as <see cref="AccelStdMps2"/>, in the phone's own dB (a level,
    /// never audio): vehicles are loud, rooms quieter. Optional.
    /// </summary>
    [JsonPropertyName("soundDb")]
    public double? SoundDb { get; init; }

    /// <summary>Store the distance refers to.</summary>
    [JsonPropertyName("store")]
    public string? Store { get; init; }

    /// <summary>Coarse distance to <see cref="Store"/> in metres.</summary>
    [JsonPropertyName("distanceToStoreM")]
    public double? DistanceToStoreM { get; init; }

    /// <inheritdoc />
    protected override string? ValidateBody() => Check.First(
        Check.Defined("activity", Activity),
        Check.Range("confidence", Confidence, 0, 100),
        Check.Range("speedMps", SpeedMps, 0, 150),
        Check.Range("accelStdMps2", AccelStdMps2, 0, 200),
        Check.Range("soundDb", SoundDb, 0, 200),
        Store is null ? null : Check.Id("store", Store),
        Check.Range("distanceToStoreM", DistanceToStoreM, 0, 50_000_000));
}
