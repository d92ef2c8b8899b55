using Microsoft.Extensions.Options;
using ScenarioEdge.Campaigns.Triggers;
using ScenarioEdge.Gateway.Observability;
using ScenarioEdge.Gateway.Shelves;

namespace ScenarioEdge.Gateway.Campaigns;

/// <summary>
/// The shelf half of the trigger stream: shelf events become interactions (pick; a put of the same SKU soon after is a
/// put-back and a pick-and-put-back) and those become triggers with the shelf's event time, attributed to the one
/// shopper standing in the shelf's zone. With nobody or several shoppers there the interaction is attributed to
/// nobody: only campaigns' display content can follow it, not personalised (no shopper's caps, no push).
/// </summary>
public sealed class ShelfTriggerStage(
    ShelfEventQueue queue,
    ZoneOccupancy occupancy,
    CampaignTriggers triggers,
    ShopperContexts contexts,
    LiveFacts live,
    IOptionsMonitor<ShelfOptions> options,
    GatewayMetrics metrics,
    ILogger<ShelfTriggerStage> log) : BackgroundService
{
    /// <summary>Shutdown, after ingest and scenes: takes no more shelf events and completes once those queued are handled.</summary>
    public async Task DrainAsync(CancellationToken cancellationToken)
    {
        queue.Complete();
        await this.FinishQueuedAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        var left = 0;
        while (queue.Reader.TryRead(out _))
        {
            left++;
        }

        if (left > 0)
        {
            metrics.ShutdownDropped.Add(2, left);
            log.LogWarning("Stopped with {Count} shelf events not yet handled; counted in se_shutdown_dropped_total", left);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var rule = new ShelfInteractionRule(options.CurrentValue.PickAndPutBackWindow);
        try
        {
            await foreach (var work in queue.Reader.ReadAllAsync(stoppingToken))
            {
                if (rule.Apply(work.Shelf.Store, work.Shelf.Device, work.Event) is { } interaction)
                {
                    OnInteraction(work, interaction);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private void OnInteraction(ShelfWork work, ShelfInteraction interaction)
    {
        var shelf = work.Shelf;
        var shoppers = shelf.Zone is null ? [] : occupancy.ShoppersIn(shelf.Store, shelf.Zone);
        var shopper = shoppers.Count == 1 ? shoppers[0] : "";
        var visit = shopper.Length > 0 ? contexts.Of(shopper).Visit : null;
        TriggerKind[] kinds = interaction.Kind == ShelfInteractionKind.Pick ? [TriggerKind.ShelfPick] : [TriggerKind.ShelfPutBack, TriggerKind.PickAndPutBack];
        foreach (var kind in kinds)
        {
            var fact = TriggerFact.Create(kind, interaction.At, shopper, shelf.Store) with
            {
                Visit = visit,
                Zone = shelf.Zone,
                Shelf = shelf.Device,
                Product = interaction.Sku,
                Confidence = shoppers.Count == 1 ? 1 : double.NaN,
            };
            var matched = triggers.Raise(live.Fill(fact), work.Arrival);
            log.LogInformation(
                "{Kind} of {Sku} at shelf {Device} (zone {Zone}, {Count} shoppers there): {Outcome}",
                kind, interaction.Sku, shelf.Device, shelf.Zone, shoppers.Count, matched ? "campaigns matched" : "no campaign matched");
        }
    }
}
