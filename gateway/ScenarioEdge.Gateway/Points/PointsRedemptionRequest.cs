namespace ScenarioEdge.Gateway.Points;

/// <summary>Body of <c>POST /api/app/points/redemptions</c>: the coupon to buy, and the store it is for (optional when the coupon has one store).</summary>
public sealed record PointsRedemptionRequest(string? Coupon, string? Store);
