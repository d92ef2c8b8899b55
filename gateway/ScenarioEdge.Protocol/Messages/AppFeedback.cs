using System.Text.Json.Serialization;

namespace ScenarioEdge.Protocol.Messages;

/// <summary>Feedback on one push (topic <c>se/v1/apps/{install}/up/feedback</c>).</summary>
public sealed record AppFeedback : ProtocolMessage
{
    /// <summary>The <see cref="ProtocolMessage.Id"/> of the push.</summary>
    [JsonPropertyName("pushId")]
    public required string PushId { get; init; }

    /// <summary>What the shopper did.</summary>
    [JsonPropertyName("action")]
    public FeedbackAction Action { get; init; }

    /// <summary>Coupon code, for redemptions.</summary>
    [JsonPropertyName("coupon")]
    public string? Coupon { get; init; }

    /// <inheritdoc />
    protected override string? ValidateBody() => Check.First(
        Check.Id("pushId", PushId),
        Check.Defined("action", Action),
        Check.Optional("coupon", Coupon, 64));
}
