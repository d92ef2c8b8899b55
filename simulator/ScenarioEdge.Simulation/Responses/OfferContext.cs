namespace ScenarioEdge.Simulation.Responses;

/// <summary>
/// What a simulated shopper's response depends on: how well the shopper's scene fits the offer (0 = passing by,
/// in a hurry; 1 = standing at the shelf, browsing) and the coupon's value in percent (0 without a coupon).
/// </summary>
public readonly record struct OfferContext(double SceneFit, double CouponPercent);
