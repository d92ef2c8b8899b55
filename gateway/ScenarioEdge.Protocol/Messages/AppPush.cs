using System.Text.Json.Serialization;

namespace ScenarioEdge.Protocol.Messages;

/// <summary>
/// A proximity push to one app install (topic <c>se/v1/apps/{install}/push</c>, gateway → app, QoS 1). The app
/// answers with <see cref="AppFeedback"/> naming <see cref="ProtocolMessage.Id"/>.
/// </summary>
public sealed record AppPush : ProtocolMessage
{
    /// <summary>Campaign that sent it (e.g. <c>welcome</c>).</summary>
    [JsonPropertyName("campaign")]
    public required string Campaign { get; init; }

    /// <summary>Experiment variant the shopper is in, when the campaign runs one.</summary>
    [JsonPropertyName("variant")]
    public string? Variant { get; init; }

    /// <summary>Headline shown in the notification.</summary>
    [JsonPropertyName("title")]
    public required string Title { get; init; }

    /// <summary>Notification text.</summary>
    [JsonPropertyName("body")]
    public required string Body { get; init; }

    /// <summary>
    /// Link the app opens when the shopper taps the notification (e.g. <c>app://offers/sports-500</c>); a URI with a
    /// scheme. The app decides which schemes it follows.
    /// </summary>
    [JsonPropertyName("deepLink")]
    public string? DeepLink { get; init; }

    /// <summary>Image shown with the notification: an https URL.</summary>
    [JsonPropertyName("imageUrl")]
    public string? ImageUrl { get; init; }

    /// <summary>Store the push is about.</summary>
    [JsonPropertyName("store")]
    public string? Store { get; init; }

    /// <summary>Coupon code, when the push carries one.</summary>
    [JsonPropertyName("coupon")]
    public string? Coupon { get; init; }

    /// <summary>Why it was sent, readable (e.g. "entered zone entrance").</summary>
    [JsonPropertyName("reason")]
    public string? Reason { get; init; }

    /// <inheritdoc />
    protected override string? ValidateBody() => Check.First(
        Check.Id("campaign", Campaign),
        Check.Optional("variant", Variant, 32),
        Check.Required("title", Title, 120),
        Check.Required("body", Body, 1000),
        DeepLink is null ? null : Check.Uri("deepLink", DeepLink, 500, httpsOnly: false),
        ImageUrl is null ? null : Check.Uri("imageUrl", ImageUrl, 500, httpsOnly: true),
        Store is null ? null : Check.Id("store", Store),
        Check.Optional("coupon", Coupon, 64),
        Check.Optional("reason", Reason, 500));
}
