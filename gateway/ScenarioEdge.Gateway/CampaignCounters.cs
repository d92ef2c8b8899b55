using ScenarioEdge.Campaigns.Compilation;
using ScenarioEdge.Gateway.Campaigns.Management;
using ScenarioEdge.Gateway.Observability;

namespace ScenarioEdge.Gateway;

/// <summary>
/// Campaign management's counts into the gateway's metrics. It sits at the composition root because campaigns and
/// observability are folders that must not depend on each other (tests/ScenarioEdge.Architecture.Tests).
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
