using ScenarioEdge.Campaigns.Triggers;
using ScenarioEdge.Gateway.Scenes;

namespace ScenarioEdge.Gateway.Campaigns.Alerts;

/// <summary>
/// Turns an accepted external alert into <see cref="TriggerKind.Alert"/> facts at the alert's event time (when it was
/// posted, or when it becomes valid if that is later): one for every shopper the scene stream places in one of the
/// alert's stores (distance 0), and one for every shopper near one of them — whose phone's latest distance report
/// names that store and is fresh (<see cref="CampaignOptions.DistanceFreshFor"/>), with that distance as the fact's.
/// At most once per shopper and store.
/// </summary>
public sealed class AlertTriggerSource(AlertBoard board, ShopperContexts contexts, LiveSignals signals, CampaignTriggers triggers, LiveFacts live) : IHostedService
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
        var inside = new HashSet<(string Shopper, string Store)>();
        foreach (var (shopper, context) in contexts.InStores(alert.Stores))
        {
            inside.Add((shopper, context.Store!));
            var fact = Fact(alert, at, shopper, context.Store!) with { Visit = context.Visit, Zone = context.Zone, Scene = context.Scene };
            triggers.Raise(live.Fill(fact) with { DistanceToStoreM = 0 });
        }

        foreach (var (shopper, reading) in signals.NearStores(alert.Stores, at))
        {
            var store = reading.DistanceStore!;
            if (inside.Contains((shopper, store)))
            {
                continue;
            }

            var fact = live.Fill(Fact(alert, at, shopper, store) with { Scene = contexts.Of(shopper).Scene });
            if (!double.IsNaN(fact.DistanceToStoreM))
            {
                triggers.Raise(fact);
            }
        }
    }

    private static TriggerFact Fact(PostedAlert alert, DateTimeOffset at, string shopper, string store) =>
        TriggerFact.Create(TriggerKind.Alert, at, shopper, store) with
        {
            AlertKind = alert.Kind,
            AlertSeverity = alert.Severity,
            AlertText = alert.Text,
        };
}
