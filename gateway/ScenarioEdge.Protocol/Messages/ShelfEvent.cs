using System.Text.Json.Serialization;

namespace ScenarioEdge.Protocol.Messages;

/// <summary>One event of a smart shelf (topic <c>.../devices/{device}/shelf</c>).</summary>
public sealed record ShelfEvent : ProtocolMessage
{
    /// <summary>What happened.</summary>
    [JsonPropertyName("kind")]
    public ShelfEventKind Kind { get; init; }

    /// <summary>Load-cell lane for pick, put and weight events.</summary>
    [JsonPropertyName("lane")]
    public string? Lane { get; init; }

    /// <summary>Presence sensor id for presence events.</summary>
    [JsonPropertyName("sensor")]
    public string? Sensor { get; init; }

    /// <summary>Product on the lane, from the lane's configuration.</summary>
    [JsonPropertyName("sku")]
    public string? Sku { get; init; }

    /// <summary>Items picked or put back, from the weight change and the unit weight.</summary>
    [JsonPropertyName("count")]
    public int? Count { get; init; }

    /// <summary>Settled weight change in grams (negative for a pick).</summary>
    [JsonPropertyName("deltaGrams")]
    public double? DeltaGrams { get; init; }

    /// <summary>Settled weight before the change, in grams.</summary>
    [JsonPropertyName("beforeGrams")]
    public double? BeforeGrams { get; init; }

    /// <summary>Settled weight after the change, in grams.</summary>
    [JsonPropertyName("afterGrams")]
    public double? AfterGrams { get; init; }

    /// <summary>Confidence of the detection and the count, 0 to 1.</summary>
    [JsonPropertyName("confidence")]
    public double? Confidence { get; init; }

    /// <inheritdoc />
    protected override string? ValidateBody() => Check.First(
        Check.Defined("kind", Kind),
        Kind is ShelfEventKind.PresenceOn or ShelfEventKind.PresenceOff
            ? Check.Id("sensor", Sensor)
            : Check.Id("lane", Lane),
        Check.Optional("sku", Sku, 64),
        Check.Range("count", Count, 0, 10_000),
        Check.Range("deltaGrams", DeltaGrams, -1_000_000, 1_000_000),
        Check.Range("beforeGrams", BeforeGrams, -1_000_000, 1_000_000),
        Check.Range("afterGrams", AfterGrams, -1_000_000, 1_000_000),
        Check.Range("confidence", Confidence, 0, 1));
}
