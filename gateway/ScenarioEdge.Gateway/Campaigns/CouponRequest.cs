namespace ScenarioEdge.Gateway.Campaigns;

/// <summary>One push's coupon: the definition it names and the occurrence that triggered it (its idempotency key).</summary>
public readonly record struct CouponRequest(string Coupon, string Campaign, string Shopper, string Store, string Trigger, DateTimeOffset EventTime);
