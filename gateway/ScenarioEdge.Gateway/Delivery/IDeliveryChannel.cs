namespace ScenarioEdge.Gateway.Delivery;

/// <summary>
/// One way a campaign message reaches a shopper: the app push, the shelf display, and (a peer to come) a webhook for
/// a push provider. The campaign runtime hands each decided message to every channel; a channel takes the part it
/// serves and returns at once (it queues, it never blocks the runtime on I/O that can hang).
/// </summary>
public interface IDeliveryChannel
{
    /// <summary>Name in logs and the decision log's channel list (appPush, shelfDisplay, webhook).</summary>
    string Name { get; }

    /// <summary>Whether the message has a part for this channel.</summary>
    bool Serves(CampaignMessage message);

    /// <summary>Hands the message over; returns false when it was refused (a full queue), which the caller counts.</summary>
    ValueTask<bool> DeliverAsync(CampaignMessage message, CancellationToken cancellationToken);
}
