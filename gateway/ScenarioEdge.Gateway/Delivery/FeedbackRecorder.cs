using ScenarioEdge.Gateway.Observability;
using ScenarioEdge.Gateway.Storage;
using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.Gateway.Delivery;

/// <summary>Closes the loop on pushes: records delivered, opened and redeemed on the push, by event time.</summary>
public sealed class FeedbackRecorder(GatewayDatabase database, GatewayMetrics metrics, ILogger<FeedbackRecorder> log)
{
    public void Record(string install, AppFeedback feedback)
    {
        var push = database.Pushes.FindById(feedback.PushId);
        if (push is null || !string.Equals(push.Install, install, StringComparison.Ordinal))
        {
            log.LogWarning("Feedback {Action} from install {Install} names push {PushId}, which is not one of its pushes; ignored", feedback.Action, install, feedback.PushId);
            return;
        }

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
            default:
                return;
        }

        database.Pushes.Update(push);
    }
}
