using System.Text.Json.Serialization;

namespace ScenarioEdge.Protocol.Messages;

/// <summary>
/// A point of sale asks to redeem a coupon (topic <c>se/v1/stores/{store}/devices/{device}/redemptions</c>). The
/// gateway answers on the device's <c>answers</c> topic with a <see cref="RedemptionResult"/> carrying the same key.
/// </summary>
public sealed record PosRedemption : ProtocolMessage
{
    /// <summary>The coupon code as scanned or typed (case, dashes and spaces do not matter).</summary>
    [JsonPropertyName("code")]
    public required string Code { get; init; }

    /// <summary>
    /// Idempotency key, 1-200 characters (e.g. the receipt and line): asked again, the same key gets the same answer;
    /// the gateway scopes it to the device, so two tills cannot collide.
    /// </summary>
    [JsonPropertyName("key")]
    public required string Key { get; init; }

    /// <inheritdoc />
    protected override string? ValidateBody() => Check.First(
        Check.Required("code", Code, 64),
        Check.Required("key", Key, 200));
}
