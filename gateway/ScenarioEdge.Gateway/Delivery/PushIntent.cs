namespace ScenarioEdge.Gateway.Delivery;

/// <summary>A campaign's decision to push to a shopper, before caps, consent and delivery.</summary>
/// <param name="TriggeredAt">Event time of the trigger.</param>
/// <param name="Arrival">TimeProvider timestamp of the triggering message's arrival (0 when none).</param>
/// <param name="Cooldown">No second push of this campaign to this shopper in this store within this period.</param>
public sealed record PushIntent(
    string Shopper,
    string Store,
    string Campaign,
    string Title,
    string Body,
    string Reason,
    DateTimeOffset TriggeredAt,
    long Arrival,
    TimeSpan Cooldown)
{
    /// <summary>Link the app opens (e.g. <c>app://offers/sports-500</c>), when the campaign gives one.</summary>
    public string? DeepLink { get; init; }

    /// <summary>Image shown with the notification (https), when the campaign gives one.</summary>
    public string? ImageUrl { get; init; }

    /// <summary>Coupon code the push carries, when the campaign issued one.</summary>
    public string? Coupon { get; init; }

    /// <summary>Id of the purchase whose trigger decided this push (a purchase trigger), else null.</summary>
    public string? Purchase { get; init; }
}
