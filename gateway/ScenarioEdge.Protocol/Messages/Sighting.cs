using System.Text.Json.Serialization;

namespace ScenarioEdge.Protocol.Messages;

/// <summary>One advertiser as seen by one scanner during one publish interval.</summary>
public sealed record Sighting
{
    /// <summary>Advertiser id, in the form its <see cref="Kind"/> defines (1-128 characters).</summary>
    [JsonPropertyName("adv")]
    public required string Adv { get; init; }

    /// <summary>Kind of advertiser.</summary>
    [JsonPropertyName("kind")]
    public AdvertiserKind Kind { get; init; }

    /// <summary>Most recent raw RSSI in dBm, after the scanner's receive offset.</summary>
    [JsonPropertyName("rssi")]
    public int Rssi { get; init; }

    /// <summary>Robust smoothed RSSI in dBm over the scanner's window, when the scanner computes it.</summary>
    [JsonPropertyName("rssiSmoothed")]
    public double? RssiSmoothed { get; init; }

    /// <summary>Advertised or calibrated RSSI at 1 m in dBm, when known.</summary>
    [JsonPropertyName("txPower")]
    public int? TxPower { get; init; }

    /// <summary>Adverts received from this advertiser in the interval (at least 1).</summary>
    [JsonPropertyName("count")]
    public int Count { get; set; } = 1;

    /// <summary>Event time of the most recent advert.</summary>
    [JsonPropertyName("ts")]
    public required DateTimeOffset Ts { get; init; }

    // Field names are constants and the index is added only when a check fails: validating allocates nothing.
    internal string? Validate(int index)
    {
        var problem = Check.First(
            Check.Required("adv", Adv, 128),
            Check.Defined("kind", Kind),
            Check.Range("rssi", Rssi, -127, 20),
            Check.Range("rssiSmoothed", RssiSmoothed, -127, 20),
            Check.Range("txPower", TxPower, -127, 20),
            Check.Range("count", Count, 1, 1_000_000),
            Ts == default ? "ts: required event time" : null);
        return problem is null ? null : $"sightings[{index}].{problem}";
    }
}
