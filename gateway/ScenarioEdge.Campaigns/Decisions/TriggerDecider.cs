using ScenarioEdge.Campaigns.Compilation;
using ScenarioEdge.Campaigns.Limits;
using ScenarioEdge.Campaigns.Triggers;

namespace ScenarioEdge.Campaigns.Decisions;

/// <summary>
/// One trigger through the engine: match against the snapshot, check each matched campaign, then every campaign
/// ends in exactly one place — a record (suppressed), a deferral (quiet hours, with its Deferred record), or the
/// shopper's arbitration round (eligible). One instance per partition: it reuses its match buffer, so it is not
/// shared between threads.
/// </summary>
public sealed class TriggerDecider
{
    private readonly List<CompiledCampaign> _matches = new(16);

    /// <summary>Returns the number of campaigns decided (the number of outcomes this trigger produces).</summary>
    /// <remarks>
    /// Each matched campaign is decided as the unit's arm sends it (<paramref name="arms"/>, or the hash alone): a
    /// variant with its content; the holdout and the global control group get every check a variant gets, and where
    /// a variant would have been eligible they are recorded as <see cref="DecisionReason.Holdout"/> or
    /// <see cref="DecisionReason.Control"/> instead (see <see cref="ExposureRule"/>): never a candidate, never sent.
    /// </remarks>
    public int Decide(in TriggerFact fact, CampaignSet set, ShopperLimitState state, StorePolicy policy, DateTimeOffset now,
        ArbitrationRound round, List<DecisionRecord> records, List<DeferredDecision> deferred, IArmSource? arms = null)
    {
        _matches.Clear();
        set.Match(fact, _matches);
        var decided = 0;
        foreach (var matched in _matches)
        {
            // A second look decides only the campaigns that newly match: the others were decided the first time.
            if (fact.Reevaluating is { } only && Array.IndexOf(only, matched.Id) < 0)
            {
                continue;
            }

            decided++;
            var arm = arms?.ArmOf(matched, fact) ?? matched.Experiment.Assign(fact.Shopper);
            var campaign = arm.Campaign;
            var outcome = CampaignDecider.Check(campaign, fact, state, policy, now);
            if (!arm.Sends && ExposureRule.Exposes(outcome.Kind, outcome.Reason))
            {
                outcome = DecisionOutcome.Suppressed(arm.Kind == ArmKind.Holdout ? DecisionReason.Holdout : DecisionReason.Control);
            }

            switch (outcome.Kind)
            {
                case OutcomeKind.Sent:
                    round.Add(new Candidate(campaign, fact, outcome.Channels, now));
                    break;
                case OutcomeKind.Deferred:
                    deferred.Add(new DeferredDecision(campaign.Id, campaign.Version, fact, outcome.Until!.Value, campaign.Limits.QuietHours));
                    records.Add(DecisionRecord.Of(fact, campaign, outcome, now));
                    break;
                default:
                    records.Add(DecisionRecord.Of(fact, campaign, outcome, now));
                    break;
            }
        }

        return decided;
    }
}
