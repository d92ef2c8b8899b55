namespace ScenarioEdge.Gateway.Delivery;

/// <summary>The app push of a campaign message, rendered: plain text, never markup.</summary>
/// <param name="Coupon">The code issued for <paramref name="CouponRef"/> (AppPush.coupon), when the push carries one.</param>
public sealed record PushPart(string Title, string Body, string DeepLink, string? ImageUrl, string? CouponRef, string? Coupon = null);
