using ScenarioEdge.Campaigns.Content;
using ScenarioEdge.Campaigns.Triggers;

namespace ScenarioEdge.Campaigns.Decisions;

/// <summary>
/// One row of the decision log: exactly one per (trigger, matched campaign), plus the final row of a deferred one.
/// Pseudonymous (the shopper's id only), so the host can count it per campaign and outcome, answer "why was shopper S
/// not sent campaign C", export and erase it with the shopper's data.
/// </summary>
public sealed record DecisionRecord(
    string Shopper,
    string Campaign,
    int CampaignVersion,
    TriggerKind Trigger,
    string Store,
    DateTimeOffset EventTime,
    DateTimeOffset DecidedAt,
    OutcomeKind Outcome,
    DecisionReason Reason,
    string? Detail,
    Channels Channels,
    DateTimeOffset? Until,
    string? Arm = null,
    bool Reevaluated = false)
{
    public static DecisionRecord Of(in TriggerFact fact, string campaign, int version, DecisionOutcome outcome, DateTimeOffset decidedAt, string? arm = null) =>
        new(fact.Shopper, campaign, version, fact.Kind, fact.Store, fact.EventTime, decidedAt, outcome.Kind, outcome.Reason,
            outcome.Detail, outcome.Channels, outcome.Until, arm, fact.Reevaluating is not null);

    /// <summary>The arm's decision as <paramref name="campaign"/> (an arm's view) made it.</summary>
    public static DecisionRecord Of(in TriggerFact fact, Compilation.CompiledCampaign campaign, DecisionOutcome outcome, DateTimeOffset decidedAt) =>
        Of(fact, campaign.Id, campaign.Version, outcome, decidedAt, campaign.Arm);
}
