namespace ScenarioEdge.Experiments.Funnel;

/// <summary>
/// One experimental unit's way through one campaign's funnel: a shopper for app pushes, a display × time slot for
/// display experiments (cluster randomisation). The gateway keeps one per (campaign, unit) from its first exposure
/// (de-duplicated), fills the stage times as they happen, and a report is computed from a set of these alone.
/// </summary>
public sealed record Journey
{
    /// <summary>The unit id: a pseudonymous shopper, or <c>display:{store}/{display}@{slot start}</c>.</summary>
    public required string Unit { get; init; }

    /// <summary>The arm: a variant name, <see cref="ArmNames.Holdout"/>, <see cref="ArmNames.GlobalControl"/> or <see cref="ArmNames.Default"/>.</summary>
    public required string Arm { get; init; }

    /// <summary>The store of the first exposure.</summary>
    public required string Store { get; init; }

    /// <summary>Store-local day of the first exposure (reports group and filter by it).</summary>
    public required DateOnly Day { get; init; }

    /// <summary>Event time of the first exposure.</summary>
    public required DateTimeOffset ExposedAt { get; init; }

    /// <summary>
    /// The decision at first exposure in the decision log's words (<c>sent</c>, <c>holdout</c>, <c>control</c>,
    /// <c>cap</c>, <c>quietHours</c>, <c>lostArbitration</c>, …): who would have been sent and why they were not.
    /// </summary>
    public string? Outcome { get; init; }

    /// <summary>The channel a message went out on (<c>appPush</c>, <c>shelfDisplay</c>), or null.</summary>
    public string? Channel { get; init; }

    public DateTimeOffset? SentAt { get; init; }
    public DateTimeOffset? DeliveredAt { get; init; }
    public DateTimeOffset? OpenedAt { get; init; }
    public DateTimeOffset? ClickedAt { get; init; }
    public DateTimeOffset? DismissedAt { get; init; }
    public DateTimeOffset? RedeemedAt { get; init; }
    public DateTimeOffset? PurchasedAt { get; init; }

    /// <summary>Revenue of the promoted products bought in the attribution window and credited to this campaign.</summary>
    public double Revenue { get; init; }

    /// <summary>Context at exposure, for the scene feedback report; null when not recorded.</summary>
    public JourneyFeatures? Features { get; init; }

    /// <summary>When the unit reached <paramref name="stage"/>, or null.</summary>
    public DateTimeOffset? At(FunnelStage stage) => stage switch
    {
        FunnelStage.Exposed => ExposedAt,
        FunnelStage.Sent => SentAt,
        FunnelStage.Delivered => DeliveredAt,
        FunnelStage.Opened => OpenedAt,
        FunnelStage.Clicked => ClickedAt,
        FunnelStage.Dismissed => DismissedAt,
        FunnelStage.Redeemed => RedeemedAt,
        FunnelStage.Purchased => PurchasedAt,
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, "not a funnel stage"),
    };
}
