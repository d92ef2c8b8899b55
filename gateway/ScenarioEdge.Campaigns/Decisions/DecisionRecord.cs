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
    DateTimeOffset? Until)
{
    public static DecisionRecord Of(in TriggerFact fact, string campaign, int version, DecisionOutcome outcome, DateTimeOffset decidedAt) =>
        new(fact.Shopper, campaign, version, fact.Kind, fact.Store, fact.EventTime, decidedAt, outcome.Kind, outcome.Reason,
            outcome.Detail, outcome.Channels, outcome.Until);
}
