namespace ScenarioEdge.Campaigns.Decisions;

/// <summary>
/// Which decisions expose a unit to a campaign (intent to treat): every decision once the campaign matched and the
/// unit was eligible — consent, audience, schedule, in time and not a replay — whatever stopped the send after that
/// (holdout, control, cooldown, cap, quiet hours, arbitration, coupon budget, the context ending before it went
/// out). Holdout and control are decided at the same point, so every arm is exposed by the same rule and the arms
/// stay comparable.
/// </summary>
public static class ExposureRule
{
    public static bool Exposes(OutcomeKind kind, DecisionReason reason) =>
        kind is OutcomeKind.Sent or OutcomeKind.Deferred
        || reason is not (DecisionReason.NoConsent or DecisionReason.Audience or DecisionReason.Schedule
            or DecisionReason.Expired or DecisionReason.Duplicate or DecisionReason.CampaignInactive);
}
