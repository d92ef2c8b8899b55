namespace ScenarioEdge.Campaigns.Decisions;

/// <summary>Why a campaign was not sent (or not yet).</summary>
public enum DecisionReason : byte
{
    None,
    /// <summary>The shopper has not given the offers consent (or another the campaign requires).</summary>
    NoConsent,
    /// <summary>Tags or new/returning do not fit the campaign's audience.</summary>
    Audience,
    /// <summary>Outside the campaign's dates, days or hours (store's local time).</summary>
    Schedule,
    /// <summary>Decided too long after the trigger's event time (the campaign's maxDelay).</summary>
    Expired,
    /// <summary>Within the cooldown after the last send, or the longer one after a dismissal.</summary>
    Cooldown,
    /// <summary>A frequency or per-visit cap; the detail names the rule that bit.</summary>
    Cap,
    /// <summary>The store's quiet hours, with the drop policy (Suppressed), or deferred to the window's end.</summary>
    QuietHours,
    /// <summary>Another campaign won arbitration for this shopper in the decision window; the detail names it.</summary>
    LostArbitration,
    /// <summary>The coupon the push issues has its budget (count or value) spent.</summary>
    Budget,
    /// <summary>A deferred or queued message whose trigger context (visit, zone, scene) ended before it went out.</summary>
    ContextEnded,
    /// <summary>A deferred message whose campaign was paused or ended before it went out.</summary>
    CampaignInactive,
    /// <summary>The same trigger (same event time) was already sent for this campaign: a replay or redelivery.</summary>
    Duplicate,
    /// <summary>The shopper already holds as many of the push's coupon as its definition allows.</summary>
    CouponLimit,
    /// <summary>The push's coupon cannot be issued: retired, outside its dates, or not offered in this store.</summary>
    CouponUnavailable,
    /// <summary>The unit is in the campaign's holdout: exposed and measured, never sent.</summary>
    Holdout,
    /// <summary>The shopper is in the global control group: no campaign at all, measured against every campaign.</summary>
    Control,
}
