using System.Globalization;
using System.Text.Json;

namespace ScenarioEdge.Gateway.Delivery.Webhooks;

/// <summary>
/// The third peer of the delivery seam: a campaign's app push also goes to the push provider's webhook when one is
/// configured (<c>Gateway:Webhook:Url</c>). The delivery id is derived from campaign, shopper and the trigger's event
/// time, so a decision handed over twice is sent once (the sender keeps ids unique).
/// </summary>
public sealed class WebhookChannel(WebhookSender sender) : IDeliveryChannel
{
    public string Name => "webhook";

    public bool Serves(CampaignMessage message) =>
        sender.Enabled && message is { Push: not null, Shopper: not null };

    public ValueTask<bool> DeliverAsync(CampaignMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var push = message.Push!;
        var data = JsonSerializer.Serialize(
            new WebhookPush(message.Campaign, message.CampaignVersion, message.Shopper!, message.Store, message.TriggeredAt,
                push.Title, push.Body, push.DeepLink, push.ImageUrl, push.CouponRef, push.Coupon),
            WebhookJsonContext.Default.WebhookPush);
        var id = string.Create(CultureInfo.InvariantCulture, $"push-{message.Campaign}-{message.Shopper}-{message.TriggeredAt.UtcTicks}");
        return ValueTask.FromResult(sender.Enqueue(id, "push", data, message.Shopper));
    }
}
