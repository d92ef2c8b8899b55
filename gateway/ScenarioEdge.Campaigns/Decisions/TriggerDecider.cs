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

    /// <summary>Returns the number of campaigns that matched (the number of outcomes this trigger produces).</summary>
    public int Decide(in TriggerFact fact, CampaignSet set, ShopperLimitState state, StorePolicy policy, DateTimeOffset now,
        ArbitrationRound round, List<DecisionRecord> records, List<DeferredDecision> deferred)
    {
        _matches.Clear();
        set.Match(fact, _matches);
        foreach (var campaign in _matches)
        {
            var outcome = CampaignDecider.Check(campaign, fact, state, policy, now);
            switch (outcome.Kind)
            {
                case OutcomeKind.Sent:
                    round.Add(new Candidate(campaign, fact, outcome.Channels, now));
                    break;
                case OutcomeKind.Deferred:
                    deferred.Add(new DeferredDecision(campaign.Id, campaign.Version, fact, outcome.Until!.Value, campaign.Limits.QuietHours));
                    records.Add(DecisionRecord.Of(fact, campaign.Id, campaign.Version, outcome, now));
                    break;
                default:
                    records.Add(DecisionRecord.Of(fact, campaign.Id, campaign.Version, outcome, now));
                    break;
            }
        }

        return _matches.Count;
    }
}
