namespace ScenarioEdge.Coupons.Points;

/// <summary>
/// Idempotency keys of points entries, unique in the ledger: a share is credited once per purchase, however often and
/// on whichever push it is reported; a redemption once per the app's Idempotency-Key (per shopper, so that one app
/// cannot collide with another's key).
/// </summary>
public static class PointsKeys
{
    public static string Share(string purchase) => "share\n" + purchase;

    public static string Redemption(string shopper, string idempotencyKey) => $"redeem\n{shopper}\n{idempotencyKey}";

    /// <summary>A key the caller chose (tests, tools): kept apart from the keys above.</summary>
    public static string Given(string key) => "given\n" + key;
}
