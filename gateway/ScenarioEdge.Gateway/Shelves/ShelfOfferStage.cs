using Microsoft.Extensions.Options;
using ScenarioEdge.Gateway.Campaigns;
using ScenarioEdge.Gateway.Delivery;
using ScenarioEdge.Gateway.Messaging;
using ScenarioEdge.Gateway.Observability;
using ScenarioEdge.Gateway.Storage;
using ScenarioEdge.Protocol;
using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.Gateway.Shelves;

/// <summary>
/// The shelf offer rule, a small stand-in for the campaign engine: on a pick, or a pick and put-back, show the
/// product's offer on the display nearest the shopper (retained, so a display that reconnects shows it too); after a
/// put-back, also push it to the one shopper present in the shelf's zone (consent and cooldown are checked by
/// delivery). With several shoppers in the zone the put-back cannot be told apart, so nobody gets a push.
/// </summary>
public sealed class ShelfOfferStage(
    ShelfEventQueue queue,
    OfferCatalogue offers,
    ZoneOccupancy occupancy,
    PushQueue delivery,
    IMessageBus bus,
    GatewayDatabase database,
    GatewayMetrics metrics,
    IOptionsMonitor<ShelfOfferOptions> options,
    TimeProvider time,
    ILogger<ShelfOfferStage> log) : BackgroundService
{
    private const string DisplayKind = "display";

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
                try
                {
                    if (options.CurrentValue.Enabled && rule.Apply(work.Shelf.Store, work.Shelf.Device, work.Event) is { } interaction)
                    {
                        await OnInteractionAsync(work, interaction, stoppingToken);
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    log.LogError(ex, "Shelf offer for event {EventId} of shelf {Device} failed: {Message}", work.Event.Id, work.Shelf.Device, ex.Message);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task OnInteractionAsync(ShelfWork work, ShelfInteraction interaction, CancellationToken cancellationToken)
    {
        var o = options.CurrentValue;
        var shelf = work.Shelf;
        if (offers.Find(shelf.Store, interaction.Sku) is not { } offer)
        {
            log.LogInformation("{Kind} of {Sku} at shelf {Device}: no offer for this product", interaction.Kind, interaction.Sku, shelf.Device);
            return;
        }

        var shoppers = shelf.Zone is null ? [] : occupancy.ShoppersIn(shelf.Store, shelf.Zone);
        var displays = database.Devices.Find(d => d.Store == shelf.Store && d.Kind == DisplayKind).ToList();
        if (DisplaySelector.Select(shelf, shoppers.Count > 0 ? shelf.Zone : null, displays) is { } display)
        {
            var content = new DisplayContent
            {
                Id = Guid.CreateVersion7(time.GetUtcNow()).ToString("N"),
                Ts = interaction.At,
                Title = offer.Title,
                Price = offer.Price,
                Currency = offer.Currency,
                Promotion = offer.Promotion,
                Qr = offer.Qr,
                TtlS = offer.TtlS,
                Campaign = o.Campaign,
            };
            if (content.Validate() is { } invalid)
            {
                log.LogError("The offer for {Sku} cannot be shown: {Problem}; fix Shelves:Offers or the scenario's offers", interaction.Sku, invalid);
                return;
            }

            await bus.PublishAsync(Topics.Display(shelf.Store, display.Device), ProtocolCodec.Encode(content), retain: true, cancellationToken);
            metrics.CountDisplayUpdate();
            log.LogInformation(
                "{Kind} of {Sku} at shelf {Device} (zone {Zone}): display {Display} shows '{Title}'",
                interaction.Kind, interaction.Sku, shelf.Device, shelf.Zone, display.Device, offer.Title);
        }
        else
        {
            log.LogInformation("{Kind} of {Sku} at shelf {Device}: store {Store} has no display", interaction.Kind, interaction.Sku, shelf.Device, shelf.Store);
        }

        if (interaction.Kind != ShelfInteractionKind.PickAndPutBack)
        {
            return;
        }

        if (shoppers.Count != 1)
        {
            log.LogInformation("Put-back of {Sku} at shelf {Device}: {Count} shoppers in zone {Zone}, so no push", interaction.Sku, shelf.Device, shoppers.Count, shelf.Zone);
            return;
        }

        delivery.Enqueue(new PushIntent(
            shoppers[0], shelf.Store, o.Campaign, offer.Title, offer.Promotion ?? offer.Title,
            $"put {interaction.Sku} back at shelf {shelf.Device} in zone {shelf.Zone}", interaction.At, work.Arrival, o.PushCooldown));
    }
}
