namespace ScenarioEdge.Campaigns.Content;

/// <summary>An app push: templates for title, body and deep link; image and coupon reference as written.</summary>
public sealed record CompiledPush(CompiledTemplate Title, CompiledTemplate Body, CompiledTemplate DeepLink, string? ImageUrl, string? CouponRef);
