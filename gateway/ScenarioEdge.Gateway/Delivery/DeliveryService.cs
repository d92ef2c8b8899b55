using ScenarioEdge.Gateway.Broker;
using ScenarioEdge.Gateway.Campaigns;
using ScenarioEdge.Gateway.Identity;
using ScenarioEdge.Gateway.Observability;
using ScenarioEdge.Gateway.Storage;
using ScenarioEdge.Protocol;
using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.Gateway.Delivery;

/// <summary>
/// Turns push intents into pushes: checks consent and the campaign's cooldown, records the push in LiteDB before it
/// is published (so a push is never sent unrecorded), and publishes it at QoS 1 to each of the shopper's installs.
/// </summary>
public sealed class DeliveryService(
    DeliveryChannel queue,
    IMessageBus bus,
    GatewayDatabase database,
    TokenResolver identities,
    GatewayMetrics metrics,
    TimeProvider time,
    ILogger<DeliveryService> log) : BackgroundService
{
    private static readonly TimeSpan[] RetryDelays = [TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5)];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var intent in queue.Reader.ReadAllAsync(stoppingToken))
            {
                try
                {
                    await DeliverAsync(intent, stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    metrics.CountPushFailed();
                    log.LogError(ex, "Push {Campaign} to shopper {Shopper} failed: {Message}", intent.Campaign, intent.Shopper, ex.Message);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task DeliverAsync(PushIntent intent, CancellationToken cancellationToken)
    {
        var shopper = identities.ById(intent.Shopper);
        if (shopper is null || !shopper.HasConsent(ConsentPurposes.Offers))
        {
            metrics.CountPushSuppressed();
            log.LogDebug("Push {Campaign} to shopper {Shopper} held back: no consent to offers", intent.Campaign, intent.Shopper);
            return;
        }

        var since = (intent.TriggeredAt - intent.Cooldown).UtcDateTime;
        if (database.Pushes.Exists(p => p.Shopper == intent.Shopper && p.Campaign == intent.Campaign && p.Store == intent.Store && p.TriggeredAt > since))
        {
            metrics.CountPushSuppressed();
            log.LogDebug("Push {Campaign} to shopper {Shopper} held back by its cooldown", intent.Campaign, intent.Shopper);
            return;
        }

        foreach (var install in shopper.Installs)
        {
            var push = new AppPush
            {
                Id = Guid.CreateVersion7(time.GetUtcNow()).ToString("N"),
                Ts = intent.TriggeredAt,
                Campaign = intent.Campaign,
                Title = intent.Title,
                Body = intent.Body,
                Store = intent.Store,
                Reason = intent.Reason,
            };
            database.Pushes.Insert(new PushRecord
            {
                Id = push.Id,
                Shopper = intent.Shopper,
                Install = install,
                Store = intent.Store,
                Campaign = intent.Campaign,
                TriggeredAt = intent.TriggeredAt.UtcDateTime,
                Reason = intent.Reason,
            });
            await PublishWithRetryAsync(Topics.AppPush(install), ProtocolCodec.Encode(push), cancellationToken);
            metrics.CountPushOut();
            if (intent.Arrival != 0)
            {
                metrics.IngestToPush.Observe(time.GetElapsedTime(intent.Arrival).TotalSeconds);
            }

            log.LogInformation("Push {PushId} {Campaign} to install {Install} of shopper {Shopper}: {Reason}", push.Id, push.Campaign, install, intent.Shopper, intent.Reason);
        }
    }

    private async Task PublishWithRetryAsync(string topic, byte[] payload, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await bus.PublishAsync(topic, payload, retain: false, cancellationToken);
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException && attempt < RetryDelays.Length)
            {
                log.LogWarning("Publishing to {Topic} failed ({Message}); retry {Attempt} in {Delay}", topic, ex.Message, attempt + 1, RetryDelays[attempt]);
                await Task.Delay(RetryDelays[attempt], time, cancellationToken);
            }
        }
    }
}
