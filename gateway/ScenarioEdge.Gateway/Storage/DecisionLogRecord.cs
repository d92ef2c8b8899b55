namespace ScenarioEdge.Gateway.Storage;

/// <summary>
/// One campaign decision about one shopper (LiteDB collection <c>decisions</c>): which campaign, which trigger, the
/// outcome and why. Pseudonymous; exported and erased with the shopper, folded into <see cref="DecisionDayRecord"/>
/// counts after the retention period.
/// </summary>
public sealed class DecisionLogRecord
{
    public long Id { get; set; }

    public string Shopper { get; set; } = "";

    public string Campaign { get; set; } = "";

    public int CampaignVersion { get; set; }

    public string Trigger { get; set; } = "";

    public string Store { get; set; } = "";

    /// <summary>Event time of the trigger (UTC).</summary>
    public DateTime EventTime { get; set; }

    /// <summary>Gateway time of the decision (UTC).</summary>
    public DateTime DecidedAt { get; set; }

    /// <summary>sent, suppressed, deferred or dropped.</summary>
    public string Outcome { get; set; } = "";

    public string Reason { get; set; } = "";

    /// <summary>The rule that bit, the campaign that won, the context that ended.</summary>
    public string? Detail { get; set; }

    public string Channels { get; set; } = "";

    /// <summary>Deferred until, or eligible again at (UTC).</summary>
    public DateTime? Until { get; set; }

    /// <summary>The experiment arm the decision was made for (default, a variant, holdout, control).</summary>
    public string? Arm { get; set; }

    /// <summary>Decided on a second look at the trigger, when a live fact arrived after it (see docs/campaigns.md).</summary>
    public bool Reevaluated { get; set; }
}
