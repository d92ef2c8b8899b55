namespace ScenarioEdge.Gateway.Storage;

/// <summary>A push sent to a shopper's app and what became of it (LiteDB collection <c>pushes</c>).</summary>
public sealed class PushRecord
{
    /// <summary>The push message id.</summary>
    public string Id { get; set; } = "";

    public string Shopper { get; set; } = "";

    public string Install { get; set; } = "";

    public string Store { get; set; } = "";

    public string Campaign { get; set; } = "";

    /// <summary>
    /// Shopper, store and campaign in one indexed key, so that the cooldown check is one index seek however many
    /// pushes a shopper or a campaign has.
    /// </summary>
    public string CooldownKey { get; set; } = "";

    public static string CooldownKeyOf(string shopper, string store, string campaign) => $"{shopper}\n{store}\n{campaign}";

    /// <summary>Event time of the trigger.</summary>
    public DateTime TriggeredAt { get; set; }

    public string Reason { get; set; } = "";

    /// <summary>Kept so that a push not yet delivered can be published again, after a restart too.</summary>
    public string Title { get; set; } = "";

    public string Body { get; set; } = "";

    public string? DeepLink { get; set; }

    public string? ImageUrl { get; set; }

    public string? Coupon { get; set; }

    /// <summary>The purchase whose trigger caused this push (a purchase trigger), or null: which purchase a share invitation is for.</summary>
    public string? Purchase { get; set; }

    /// <summary>Gateway time the push was decided and recorded.</summary>
    public DateTime RecordedAt { get; set; }

    /// <summary>Gateway time the push was last handed to the broker (again when the app subscribed while it was undelivered).</summary>
    public DateTime? PublishedAt { get; set; }

    /// <summary>When the app acknowledged the push (MQTT PUBACK, gateway time) or reported it delivered (event time), whichever came first.</summary>
    public DateTime? DeliveredAt { get; set; }

    public DateTime? OpenedAt { get; set; }

    public DateTime? RedeemedAt { get; set; }
}
