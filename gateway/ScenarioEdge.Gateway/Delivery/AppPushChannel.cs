namespace ScenarioEdge.Gateway.Delivery;

/// <summary>
/// The app push channel: the existing path through <see cref="PushQueue"/> and <see cref="PushLedger"/> to
/// <c>se/v1/apps/{install}/push</c>, unchanged on the wire. The ledger checks the offers consent once more right
/// before recording; caps and cooldowns were the campaign engine's, so the intent carries no cooldown of its own. A
/// full queue is waited on, not dropped: a burst of sends once overflowed it (10,000) and lost pushes the decision log
/// recorded as sent.
/// </summary>
public sealed class AppPushChannel(PushQueue queue) : IDeliveryChannel
{
    public string Name => "appPush";

    public bool Serves(CampaignMessage message) => message is { Push: not null, Shopper: not null };

    public ValueTask<bool> DeliverAsync(CampaignMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var push = message.Push!;
        return queue.EnqueueAsync(new PushIntent(
            message.Shopper!, message.Store, message.Campaign, push.Title, push.Body, message.Reason, message.TriggeredAt, message.Arrival, TimeSpan.Zero)
        {
            DeepLink = push.DeepLink.Length > 0 ? push.DeepLink : null,
            ImageUrl = push.ImageUrl,
            Coupon = push.Coupon,
            Purchase = message.Purchase,
        }, cancellationToken);
    }
}
