using System.Text.Json.Serialization;

namespace ScenarioEdge.Protocol.Messages;

/// <summary>
/// The gateway's answer to a <see cref="PosRedemption"/> (topic <c>se/v1/stores/{store}/devices/{device}/answers</c>,
/// QoS 1, not retained): the body the HTTP endpoint answers with, its status, and the request's key and message id.
/// </summary>
public sealed record RedemptionResult : ProtocolMessage
{
    /// <summary>The <see cref="ProtocolMessage.Id"/> of the request.</summary>
    [JsonPropertyName("request")]
    public required string Request { get; init; }

    /// <summary>The request's idempotency key.</summary>
    [JsonPropertyName("key")]
    public required string Key { get; init; }

    /// <summary>The HTTP status the same request gets from the API: 200, 404, 409 or 422.</summary>
    [JsonPropertyName("status")]
    public int Status { get; init; }

    /// <summary>Empty when redeemed; otherwise the refusal (already_redeemed, key_reused, unknown, malformed, expired, other_store, other_shopper).</summary>
    [JsonPropertyName("reason")]
    public string Reason { get; init; } = "";

    /// <summary>Why, in words, for the till's operator.</summary>
    [JsonPropertyName("detail")]
    public string? Detail { get; init; }

    /// <summary>Redemption id (for a reversal); empty when nothing was stored.</summary>
    [JsonPropertyName("redemption")]
    public string Redemption { get; init; } = "";

    /// <summary>The code, normalised.</summary>
    [JsonPropertyName("code")]
    public string Code { get; init; } = "";

    /// <summary>The coupon definition's id, when the code is a coupon's.</summary>
    [JsonPropertyName("coupon")]
    public string? Coupon { get; init; }

    /// <summary>percent, amount or freeItem.</summary>
    [JsonPropertyName("kind")]
    public string? Kind { get; init; }

    /// <summary>Percent or amount off, as the coupon definition says.</summary>
    [JsonPropertyName("value")]
    public double? Value { get; init; }

    /// <inheritdoc />
    protected override string? ValidateBody() => Check.First(Check.Id("request", Request), Check.Required("key", Key, 200));
}
