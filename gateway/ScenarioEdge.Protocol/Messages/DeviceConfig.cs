using System.Text.Json.Serialization;

namespace ScenarioEdge.Protocol.Messages;

/// <summary>
/// Retained configuration of one device (topic <c>.../devices/{device}/config</c>, gateway → device). A device
/// validates it before use; a bad config is rejected with its reason in the device's status and the old one kept.
/// Absent fields keep the device's local defaults.
/// </summary>
public sealed record DeviceConfig : ProtocolMessage
{
    /// <summary>How often sightings are batched and published, in milliseconds.</summary>
    [JsonPropertyName("publishIntervalMs")]
    public int? PublishIntervalMs { get; init; }

    /// <summary>LE scan parameters.</summary>
    [JsonPropertyName("scan")]
    public ScanSettings? Scan { get; init; }

    /// <summary>Samples in the per-advertiser RSSI smoothing window.</summary>
    [JsonPropertyName("rssiWindow")]
    public int? RssiWindow { get; init; }

    /// <summary>Seconds of silence after which an advertiser is forgotten.</summary>
    [JsonPropertyName("forgetAfterS")]
    public int? ForgetAfterS { get; init; }

    /// <summary>Receive offset of this scanner in dB, added to every RSSI (calibration).</summary>
    [JsonPropertyName("rxOffsetDb")]
    public double? RxOffsetDb { get; init; }

    /// <summary>Load-cell lanes of a shelf device.</summary>
    [JsonPropertyName("lanes")]
    public List<LaneConfig>? Lanes { get; init; }

    /// <inheritdoc />
    protected override string? ValidateBody()
    {
        var error = Check.First(
            Check.Range("publishIntervalMs", PublishIntervalMs, 100, 60_000),
            Scan?.Validate(),
            Check.Range("rssiWindow", RssiWindow, 1, 255),
            Check.Range("forgetAfterS", ForgetAfterS, 1, 86_400),
            Check.Range("rxOffsetDb", RxOffsetDb, -40, 40),
            Check.Count("lanes", Lanes, 64, required: false));
        for (var i = 0; error is null && Lanes is not null && i < Lanes.Count; i++)
        {
            error = Lanes[i] is null ? $"lanes[{i}]: null" : Lanes[i].Validate(i);
        }

        return error;
    }
}
