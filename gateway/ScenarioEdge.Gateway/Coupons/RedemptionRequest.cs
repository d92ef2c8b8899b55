namespace ScenarioEdge.Gateway.Coupons;

/// <summary>The body of <c>POST /api/stores/{store}/redemptions</c>.</summary>
/// <param name="Code">The coupon code as scanned or typed (case, dashes and spaces do not matter).</param>
/// <param name="Shopper">The pseudonymous shopper when the app's checkout code identified them: a coupon of another shopper is then refused.</param>
public sealed record RedemptionRequest(string? Code, string? Shopper);
