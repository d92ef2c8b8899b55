using ScenarioEdge.Gateway.Observability;
using ScenarioEdge.Gateway.Storage;
using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.Gateway.Delivery;

/// <summary>Closes the loop on pushes: records delivered, opened and redeemed on the push, by event time.</summary>
public sealed class FeedbackRecorder(GatewayDatabase database, GatewayMetrics metrics)
{
    /// <summary>The shopper dismissed a push (shopper, campaign, event time): campaigns start their longer cooldown.</summary>
    public event Action<string, string, DateTimeOffset>? Dismissed;

    /// <summary>Feedback on a push of the install's own (push, action, event time), replays included: the experiments' funnel.</summary>
    public event Action<PushRecord, FeedbackAction, DateTimeOffset>? Recorded;

    /// <summary>
    /// Why <paramref name="install"/> may not give this feedback, or null: an app speaks only of its own pushes, so a
    /// guessed or another install's push id is refused at ingest (counted, summarised), never recorded.
    /// </summary>
    public string? Refusal(string install, AppFeedback feedback)
    {
        var push = database.Pushes.FindById(feedback.PushId);
        return push is not null && string.Equals(push.Install, install, StringComparison.Ordinal)
            ? null
            : $"pushId '{feedback.PushId}' is not a push to this install";
    }

    /// <summary>Records feedback that <see cref="Refusal"/> let through.</summary>
    public void Record(string install, AppFeedback feedback)
    {
        var push = database.Pushes.FindById(feedback.PushId);
        if (push is null || !string.Equals(push.Install, install, StringComparison.Ordinal))
        {
            return;
        }

        Recorded?.Invoke(push, feedback.Action, feedback.Ts);
        var at = feedback.Ts.UtcDateTime;
        switch (feedback.Action)
        {
            case FeedbackAction.Delivered when push.DeliveredAt is null:
                push.DeliveredAt = at;
                metrics.CountPushDelivered();
                break;
            case FeedbackAction.Delivered:
                return;
            case FeedbackAction.Opened:
                push.OpenedAt ??= at;
                break;
            case FeedbackAction.Redeemed:
                push.RedeemedAt ??= at;
                break;
            case FeedbackAction.Dismissed:
                Dismissed?.Invoke(push.Shopper, push.Campaign, feedback.Ts);
                return;
            default:
                return;
        }

        database.Pushes.Update(push);
    }
}
