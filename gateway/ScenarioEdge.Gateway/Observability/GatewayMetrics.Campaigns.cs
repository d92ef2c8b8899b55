using Prometheus;

namespace ScenarioEdge.Gateway.Observability;

/// <summary>Campaign decisions by campaign and outcome, and triggers the runtime could not take.</summary>
public sealed partial class GatewayMetrics
{
    private readonly Counter _campaignDecisions;
    private readonly PlainCounter _campaignTriggersDropped;

    /// <summary>One decision (a trigger and a campaign it matched) with its outcome: sent, deferred, suppressed_cap, dropped_context_ended, ...</summary>
    public void CountCampaignDecision(string campaign, string outcome) => _campaignDecisions.WithLabels(campaign, outcome).Inc();

    public long CampaignDecisions(string campaign, string outcome) => (long)_campaignDecisions.WithLabels(campaign, outcome).Value;

    public void CountCampaignTriggerDropped() => _campaignTriggersDropped.Add();

    public long CampaignTriggersDropped => _campaignTriggersDropped.Value;

    private static (Counter Decisions, PlainCounter Dropped) CampaignMetrics(GatewayInstruments i) =>
        (i.Prometheus.CreateCounter("se_campaign_decisions_total", "Campaign decisions (one per trigger and matched campaign), by campaign and outcome.", ["campaign", "outcome"]),
         new PlainCounter(i, "se_campaign_triggers_dropped_total", "Triggers that matched a campaign but found the campaign runtime's queue full."));
}
