using System.Text.Json.Serialization;

namespace ScenarioEdge.Protocol.Messages;

/// <summary>
/// Retained content of one shelf display (topic <c>se/v1/stores/{store}/displays/{display}</c>). The display
/// shows it until <see cref="ProtocolMessage.Ts"/> + <see cref="TtlS"/>, then falls back to its default content.
/// </summary>
public sealed record DisplayContent : ProtocolMessage
{
    /// <summary>Headline.</summary>
    [JsonPropertyName("title")]
    public required string Title { get; init; }

    /// <summary>Price in the store's currency, when the content is about a product.</summary>
    [JsonPropertyName("price")]
    public decimal? Price { get; init; }

    /// <summary>ISO 4217 currency of <see cref="Price"/>.</summary>
    [JsonPropertyName("currency")]
    public string? Currency { get; init; }

    /// <summary>Promotion text.</summary>
    [JsonPropertyName("promotion")]
    public string? Promotion { get; init; }

    /// <summary>Payload of an optional QR code (e.g. a coupon link).</summary>
    [JsonPropertyName("qr")]
    public string? Qr { get; init; }

    /// <summary>Seconds the content stays up.</summary>
    [JsonPropertyName("ttlS")]
    public int TtlS { get; set; } = 60;

    /// <summary>Campaign that set the content, for measurement.</summary>
    [JsonPropertyName("campaign")]
    public string? Campaign { get; init; }

    /// <inheritdoc />
    protected override string? ValidateBody() => Check.First(
        Check.Required("title", Title, 120),
        Check.Range("price", (double?)Price, 0, 1_000_000),
        Currency is null || (Currency.Length == 3 && Currency.All(char.IsAsciiLetterUpper)) ? null : "currency: ISO 4217 code such as EUR",
        Check.Optional("promotion", Promotion, 500),
        Check.Optional("qr", Qr, 1024),
        Check.Range("ttlS", TtlS, 1, 86_400),
        Check.Optional("campaign", Campaign, 64));
}
