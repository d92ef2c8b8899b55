namespace ScenarioEdge.Gateway.Delivery.Webhooks;

/// <summary>The <c>data</c> of a <c>push</c> webhook: a campaign's app push for a push provider, as plain text.</summary>
/// <param name="Coupon">The code the ledger issued for <paramref name="CouponRef"/>, the same the app push carries.</param>
public sealed record WebhookPush(
    string Campaign,
    int CampaignVersion,
    string Shopper,
    string Store,
    DateTimeOffset TriggeredAt,
    string Title,
    string Body,
    string DeepLink,
    string? ImageUrl,
    string? CouponRef,
    string? Coupon);
