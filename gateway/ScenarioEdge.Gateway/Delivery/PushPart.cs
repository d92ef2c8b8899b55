namespace ScenarioEdge.Gateway.Delivery;

/// <summary>The app push of a campaign message, rendered: plain text, never markup.</summary>
public sealed record PushPart(string Title, string Body, string DeepLink, string? ImageUrl, string? CouponRef);
