using ScenarioEdge.Campaigns.Triggers;

namespace ScenarioEdge.Gateway.Campaigns.Alerts;

/// <summary>
/// Turns an accepted external alert into one <see cref="TriggerKind.Alert"/> fact for every shopper the scene stream
/// places in one of the alert's stores at that moment, at the alert's event time (when it was posted, or when it
/// becomes valid if that is later). Shoppers who only pass near a store are not known to the gateway as near it
/// until they enter, so an alert reaches them only while they are in the store.
/// </summary>
public sealed class AlertTriggerSource(AlertBoard board, ShopperContexts contexts, CampaignTriggers triggers, LiveFacts live) : IHostedService
{
    // Listening from start to stop: an alert posted before start or after stop has no runtime to decide it.
    public Task StartAsync(CancellationToken cancellationToken)
    {
        board.Posted += OnPosted;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        board.Posted -= OnPosted;
        return Task.CompletedTask;
    }

    private void OnPosted(PostedAlert alert)
    {
        var at = alert.ValidFrom > alert.PostedAt ? alert.ValidFrom : alert.PostedAt;
        foreach (var (shopper, context) in contexts.InStores(alert.Stores))
        {
            var fact = TriggerFact.Create(TriggerKind.Alert, at, shopper, context.Store!) with
            {
                Visit = context.Visit,
                Zone = context.Zone,
                Scene = context.Scene,
                AlertKind = alert.Kind,
                AlertSeverity = alert.Severity,
                AlertText = alert.Text,
            };
            triggers.Raise(live.Fill(fact) with { DistanceToStoreM = 0 });
        }
    }
}
