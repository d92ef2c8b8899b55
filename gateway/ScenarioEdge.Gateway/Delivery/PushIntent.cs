namespace ScenarioEdge.Gateway.Delivery;

/// <summary>A campaign's decision to push to a shopper, before caps, consent and delivery.</summary>
/// <param name="TriggeredAt">Event time of the trigger.</param>
/// <param name="Arrival">TimeProvider timestamp of the triggering message's arrival (0 when none).</param>
/// <param name="Cooldown">No second push of this campaign to this shopper in this store within this period.</param>
/// <param name="Coupon">The coupon code issued for this push, if it carries one.</param>
public sealed record PushIntent(
    string Shopper,
    string Store,
    string Campaign,
    string Title,
    string Body,
    string Reason,
    DateTimeOffset TriggeredAt,
    long Arrival,
    TimeSpan Cooldown,
    string? Coupon = null);
