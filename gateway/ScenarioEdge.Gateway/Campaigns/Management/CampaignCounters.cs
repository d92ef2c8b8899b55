using ScenarioEdge.Campaigns.Compilation;
using ScenarioEdge.Gateway.Observability;

namespace ScenarioEdge.Gateway.Campaigns.Management;

/// <summary>
/// Campaign management's counts into the gateway's metrics (Observability is a leaf: campaigns depend on it, never the
/// other way). The interface lets tests count without the metrics pipeline.
/// </summary>
internal sealed class CampaignCounters : ICampaignCounters
{
    private readonly GatewayMetrics _metrics;

    public CampaignCounters(GatewayMetrics metrics, ActiveCampaigns active)
    {
        _metrics = metrics;
        metrics.ObserveActiveCampaigns(() => active.Current.ById.Count);
    }

    public void DocumentRefused(string reason) => _metrics.CountCampaignRefused(reason);

    public void AlertPosted() => _metrics.CountAlertPosted();

    public void AlertRefused(string reason) => _metrics.CountAlertRefused(reason);
}
