namespace ScenarioEdge.Gateway.Storage;

/// <summary>One push intent in a <see cref="DeferredPushesRecord"/>; consent and cooldown are checked when it is delivered.</summary>
public sealed class DeferredPush
{
    public string Shopper { get; set; } = "";

    public string Store { get; set; } = "";

    public string Campaign { get; set; } = "";

    public string Title { get; set; } = "";

    public string Body { get; set; } = "";

    public string? DeepLink { get; set; }

    public string? ImageUrl { get; set; }

    public string? Coupon { get; set; }

    /// <summary>The purchase that raised it (a purchase trigger), or null.</summary>
    public string? Purchase { get; set; }

    public string Reason { get; set; } = "";

    /// <summary>Event time of the trigger, UTC.</summary>
    public DateTime TriggeredAt { get; set; }

    public long CooldownTicks { get; set; }
}
