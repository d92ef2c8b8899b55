namespace ScenarioEdge.Experiments.Funnel;

/// <summary>
/// The stages of a campaign's funnel, in order. A unit counts at a stage once, at the first time it reached it; a
/// report counts units, not events, so a shopper who opens a push twice is one open.
/// </summary>
public enum FunnelStage : byte
{
    /// <summary>Eligible: the campaign matched and an arm was decided (every arm, including holdout and control).</summary>
    Exposed,

    /// <summary>A message went out (only variant arms; by channel in <see cref="Journey.Channel"/>).</summary>
    Sent,

    /// <summary>The app reported the push delivered (or the display acknowledged its content).</summary>
    Delivered,

    /// <summary>The shopper opened the push.</summary>
    Opened,

    /// <summary>The shopper followed the push's link or button.</summary>
    Clicked,

    /// <summary>The shopper dismissed the push.</summary>
    Dismissed,

    /// <summary>A coupon issued by this campaign to the unit was redeemed at a till.</summary>
    Redeemed,

    /// <summary>The unit bought a promoted product inside the campaign's attribution window, credited to it.</summary>
    Purchased,
}
