using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.Scenes;

/// <summary>
/// One unit of evidence about one shopper, flattened from a protocol message so that the hot path copies a struct
/// instead of allocating. Numbers a message did not carry are NaN. Event time as UTC ticks.
/// </summary>
public readonly record struct SceneSignal
{
    public required SignalKind Kind { get; init; }

    public required string Shopper { get; init; }

    public required long AtTicks { get; init; }

    /// <summary>Store of a sighting, or the store a phone's distance refers to.</summary>
    public string? Store { get; init; }

    /// <summary>Hour of day in the store's time zone (NaN when unknown).</summary>
    public double LocalHour { get; init; }

    /// <summary>The store's layout, when known: how its sightings become a zone.</summary>
    public StoreLayout? Layout { get; init; }

    public string? Scanner { get; init; }

    public string? Zone { get; init; }

    /// <summary>Dwell threshold of <see cref="Zone"/> in ticks (0: the default).</summary>
    public long ZoneDwellTicks { get; init; }

    /// <summary>Shelf of <see cref="Zone"/>, if it has one.</summary>
    public string? ZoneShelf { get; init; }

    public double Rssi { get; init; }

    public double HeartRate { get; init; }

    public double RestingHeartRate { get; init; }

    public double MaxHeartRate { get; init; }

    public double CadenceSpm { get; init; }

    /// <summary>RSC running bit: 1 running, 0 walking, −1 not reported.</summary>
    public sbyte RunningBit { get; init; }

    public double CadenceRpm { get; init; }

    public double SpeedMps { get; init; }

    public double AccelStdMps2 { get; init; }

    public double SoundDb { get; init; }

    public PhoneActivity Phone { get; init; }

    public double PhoneConfidence { get; init; }

    public double DistanceToStoreM { get; init; }

    /// <summary>TimeProvider timestamp of the message's arrival, for latency measurement.</summary>
    public long Arrival { get; init; }
}
