namespace ScenarioEdge.Gateway.Points;

/// <summary>A credit or debit asked of the ledger: <paramref name="Key"/> is its idempotency key (ScenarioEdge.Coupons.Points.PointsKeys).</summary>
public readonly record struct PointsChange(string Shopper, long Amount, string Key, string Reason, string? Store = null, string? Purchase = null, string? Coupon = null, string? Code = null);
