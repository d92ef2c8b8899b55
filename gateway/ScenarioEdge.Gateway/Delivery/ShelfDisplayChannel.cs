using ScenarioEdge.Gateway.Messaging;
using ScenarioEdge.Gateway.Observability;
using ScenarioEdge.Protocol;
using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.Gateway.Delivery;

/// <summary>
/// The shelf display channel: publishes the content retained on the display's topic (a display that reconnects shows
/// it too). The content carries its time to live; after it the kiosk falls back to the store's default. Text is
/// text: the kiosk page renders it as text, never as markup.
/// </summary>
public sealed class ShelfDisplayChannel(IMessageBus bus, GatewayMetrics metrics, TimeProvider time, ILogger<ShelfDisplayChannel> log) : IDeliveryChannel
{
    public string Name => "shelfDisplay";

    public bool Serves(CampaignMessage message) => message?.Display is not null;

    public async ValueTask<bool> DeliverAsync(CampaignMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var part = message.Display!;
        var content = new DisplayContent
        {
            Id = Guid.CreateVersion7(time.GetUtcNow()).ToString("N"),
            Ts = message.TriggeredAt,
            Title = part.Title,
            Price = part.Price,
            Currency = part.Currency,
            Promotion = part.Text,
            Qr = part.Qr,
            TtlS = part.TtlS,
            Campaign = message.Campaign,
        };
        if (content.Validate() is { } invalid)
        {
            log.LogError("Campaign {Campaign} cannot show on display {Display}: {Problem}", message.Campaign, part.Display, invalid);
            return false;
        }

        try
        {
            await bus.PublishAsync(Topics.Display(message.Store, part.Display), ProtocolCodec.Encode(content), retain: true, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            log.LogWarning("Campaign {Campaign} could not be shown on display {Display}: {Message}", message.Campaign, part.Display, ex.Message);
            return false;
        }

        metrics.CountDisplayUpdate();
        log.LogInformation("Display {Display} of store {Store} shows '{Title}' of campaign {Campaign}: {Reason}", part.Display, message.Store, part.Title, message.Campaign, message.Reason);
        return true;
    }
}
