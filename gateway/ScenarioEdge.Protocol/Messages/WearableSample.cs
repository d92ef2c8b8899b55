using System.Text.Json.Serialization;

namespace ScenarioEdge.Protocol.Messages;

/// <summary>
/// One activity sample of a registered wearable (topic <c>.../devices/{device}/wearables</c>). Only the fields of
/// its <see cref="Profile"/> are set. Cumulative counters are passed on as measured; the derived rates are computed
/// by the sender from consecutive measurements.
/// </summary>
public sealed record WearableSample : ProtocolMessage
{
    /// <summary>Advertiser id of the wearable (its resolved identity, never a raw random address).</summary>
    [JsonPropertyName("adv")]
    public required string Adv { get; init; }

    /// <summary>Profile the sample was decoded from.</summary>
    [JsonPropertyName("profile")]
    public WearableProfile Profile { get; init; }

    /// <summary>RSSI of the wearable at this scanner in dBm, when seen over the air.</summary>
    [JsonPropertyName("rssi")]
    public int? Rssi { get; init; }

    /// <summary>Heart rate in beats per minute.</summary>
    [JsonPropertyName("heartRateBpm")]
    public int? HeartRateBpm { get; init; }

    /// <summary>Whether the strap reports skin contact; null when it does not support contact detection.</summary>
    [JsonPropertyName("sensorContact")]
    public bool? SensorContact { get; init; }

    /// <summary>Energy expended since the strap's last reset, in kJ.</summary>
    [JsonPropertyName("energyKj")]
    public int? EnergyKj { get; init; }

    /// <summary>RR intervals in milliseconds.</summary>
    [JsonPropertyName("rrMs")]
    public List<double>? RrMs { get; init; }

    /// <summary>Instantaneous speed in m/s (RSC, or CSC derived from wheel revolutions).</summary>
    [JsonPropertyName("speedMps")]
    public double? SpeedMps { get; init; }

    /// <summary>Step cadence in steps per minute (RSC).</summary>
    [JsonPropertyName("cadenceSpm")]
    public int? CadenceSpm { get; init; }

    /// <summary>Stride length in metres (RSC).</summary>
    [JsonPropertyName("strideM")]
    public double? StrideM { get; init; }

    /// <summary>Total distance in metres (RSC).</summary>
    [JsonPropertyName("distanceM")]
    public double? DistanceM { get; init; }

    /// <summary>RSC walking (false) or running (true) status bit.</summary>
    [JsonPropertyName("running")]
    public bool? Running { get; init; }

    /// <summary>Cumulative wheel revolutions (CSC).</summary>
    [JsonPropertyName("wheelRevolutions")]
    public long? WheelRevolutions { get; init; }

    /// <summary>Last wheel event time in 1/1024 s (CSC).</summary>
    [JsonPropertyName("wheelEventTime")]
    public int? WheelEventTime { get; init; }

    /// <summary>Cumulative crank revolutions (CSC).</summary>
    [JsonPropertyName("crankRevolutions")]
    public int? CrankRevolutions { get; init; }

    /// <summary>Last crank event time in 1/1024 s (CSC).</summary>
    [JsonPropertyName("crankEventTime")]
    public int? CrankEventTime { get; init; }

    /// <summary>Crank cadence in revolutions per minute, derived (CSC).</summary>
    [JsonPropertyName("cadenceRpm")]
    public double? CadenceRpm { get; init; }

    /// <inheritdoc />
    protected override string? ValidateBody() => Check.First(
        Check.Required("adv", Adv, 128),
        Check.Defined("profile", Profile),
        Check.Range("rssi", Rssi, -127, 20),
        Check.Range("heartRateBpm", HeartRateBpm, 20, 255),
        Check.Range("energyKj", EnergyKj, 0, 65_535),
        Check.Count("rrMs", RrMs, 64, required: false),
        Check.Range("speedMps", SpeedMps, 0, 100),
        Check.Range("cadenceSpm", CadenceSpm, 0, 255),
        Check.Range("strideM", StrideM, 0, 10),
        Check.Range("distanceM", DistanceM, 0, 1e8),
        Check.Range("wheelRevolutions", WheelRevolutions, 0, uint.MaxValue),
        Check.Range("wheelEventTime", WheelEventTime, 0, ushort.MaxValue),
        Check.Range("crankRevolutions", CrankRevolutions, 0, ushort.MaxValue),
        Check.Range("crankEventTime", CrankEventTime, 0, ushort.MaxValue),
        Check.Range("cadenceRpm", CadenceRpm, 0, 300),
        ForeignField());

    // The protocol sets only the fields of the sample's profile: a heart-rate sample carrying a cadence is a sender bug
    // that would otherwise feed the scene engine evidence no strap measured.
    private string? ForeignField()
    {
        var heart = HeartRateBpm is not null || SensorContact is not null || EnergyKj is not null || RrMs is not null;
        var running = CadenceSpm is not null || StrideM is not null || DistanceM is not null || Running is not null;
        var cycling = WheelRevolutions is not null || WheelEventTime is not null || CrankRevolutions is not null || CrankEventTime is not null || CadenceRpm is not null;
        return Profile switch
        {
            WearableProfile.HeartRate when running || cycling || SpeedMps is not null => "profile: a heartRate sample carries only heartRateBpm, sensorContact, energyKj and rrMs",
            WearableProfile.RunningSpeedCadence when heart || cycling => "profile: a runningSpeedCadence sample carries only speedMps, cadenceSpm, strideM, distanceM and running",
            WearableProfile.CyclingSpeedCadence when heart || running => "profile: a cyclingSpeedCadence sample carries only speedMps and the wheel and crank fields",
            _ => null,
        };
    }
}
