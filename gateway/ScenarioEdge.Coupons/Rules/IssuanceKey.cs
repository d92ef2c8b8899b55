using System.Globalization;

namespace ScenarioEdge.Coupons.Rules;

/// <summary>
/// The idempotency key of an issuance: one per (campaign, shopper, triggering occurrence). The occurrence is the
/// trigger's kind and event time, which a redelivered message, a retried decision or a deferred release carry
/// unchanged, so each of them finds the coupon already issued instead of issuing another.
/// </summary>
public static class IssuanceKey
{
    public static string Of(string coupon, string campaign, string shopper, string trigger, DateTimeOffset eventTime) =>
        string.Create(CultureInfo.InvariantCulture, $"{coupon}\n{campaign}\n{shopper}\n{trigger}\n{eventTime.UtcTicks}");
}
