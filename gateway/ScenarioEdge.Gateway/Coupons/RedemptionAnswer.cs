namespace ScenarioEdge.Gateway.Coupons;

/// <summary>
/// The answer to a redemption request, the same every time its idempotency key is asked again.
/// <paramref name="Refusal"/> is empty when it redeemed; otherwise one of the names in docs/coupons.md.
/// </summary>
public sealed record RedemptionAnswer(
    string Redemption,
    string Code,
    string? Coupon,
    string? Kind,
    double? Value,
    string Refusal,
    string? Detail,
    DateTimeOffset At,
    bool Replayed)
{
    public bool Redeemed => Refusal.Length == 0;
}
