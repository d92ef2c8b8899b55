using ScenarioEdge.Gateway.Campaigns;
using ScenarioEdge.Gateway.Messaging;
using ScenarioEdge.Gateway.Observability;
using ScenarioEdge.Protocol;

namespace ScenarioEdge.Gateway.Delivery;

/// <summary>
/// Turns push intents into pushes: the ledger checks consent and the campaign's cooldown and records each push in
/// LiteDB before it is published (so a push is never sent unrecorded); then it is published at QoS 1 to each of the
/// shopper's installs. Intents are taken in batches, one LiteDB write per batch. At shutdown the queue is drained;
/// what the shutdown budget leaves is kept in LiteDB (one write) and delivered at the next start.
/// </summary>
public sealed class DeliveryService(
    PushQueue queue,
    PushLedger ledger,
    IMessageBus bus,
    GatewayMetrics metrics,
    TimeProvider time,
    ILogger<DeliveryService> log) : BackgroundService
{
    private const int BatchSize = 64;
    private static readonly TimeSpan[] RetryDelays = [TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5)];

    /// <summary>Shutdown: takes no more intents and completes once those queued are published (or <paramref name="cancellationToken"/> ends the wait).</summary>
    public async Task DrainAsync(CancellationToken cancellationToken)
    {
        queue.Complete();
        await this.FinishQueuedAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        var left = new List<PushIntent>();
        while (queue.Reader.TryRead(out var intent))
        {
            left.Add(intent);
        }

        if (left.Count == 0)
        {
            return;
        }

        try
        {
            ledger.Defer(left);
            metrics.CountPushesDeferred(left.Count);
            log.LogWarning("Stopped with {Count} push intents queued: kept to be delivered at the next start", left.Count);
        }
        catch (Exception ex) when (ex is LiteDB.LiteException or IOException)
        {
            metrics.ShutdownDropped.Add(3, left.Count);
            log.LogError(ex, "Stopped with {Count} push intents queued and could not keep them: {Message}", left.Count, ex.Message);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<PushIntent>(BatchSize);
        try
        {
            foreach (var (id, deferred) in ledger.Deferred())
            {
                log.LogInformation("Delivering {Count} push intents kept at the last shutdown", deferred.Count);
                for (var i = 0; i < deferred.Count; i += BatchSize)
                {
                    await DeliverAsync(deferred.GetRange(i, Math.Min(BatchSize, deferred.Count - i)), stoppingToken);
                }

                ledger.DeferredDone(id);
            }

            while (await queue.Reader.WaitToReadAsync(stoppingToken))
            {
                while (batch.Count < BatchSize && queue.Reader.TryRead(out var intent))
                {
                    batch.Add(intent);
                }

                await DeliverAsync(batch, stoppingToken);
                batch.Clear();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Recorded but not yet published: published again when the app subscribes after the restart.
        }
    }

    private async Task DeliverAsync(List<PushIntent> batch, CancellationToken cancellationToken)
    {

        List<RecordedPush> pushes;
        try
        {
            pushes = ledger.Record(batch);
        }
        catch (Exception ex) when (ex is LiteDB.LiteException or IOException)
        {
            metrics.CountPushFailed();
            log.LogError(ex, "Could not record {Count} pushes ({Message}); they are not sent", batch.Count, ex.Message);
            return;
        }

        foreach (var push in pushes)
        {
            await PublishAsync(push, cancellationToken);
        }
    }

    private async Task PublishAsync(RecordedPush recorded, CancellationToken cancellationToken)
    {
        var push = recorded.Push;
        try
        {
            await PublishWithRetryAsync(Topics.AppPush(push.Install), ProtocolCodec.Encode(PushLedger.ToMessage(push)), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            metrics.CountPushFailed();
            log.LogError(ex, "Push {PushId} {Campaign} to install {Install} could not be published ({Message}); it is sent again when the app next subscribes", push.Id, push.Campaign, push.Install, ex.Message);
            return;
        }

        metrics.CountPushOut();
        if (recorded.Arrival != 0)
        {
            metrics.IngestToPush.Observe(time.GetElapsedTime(recorded.Arrival).TotalSeconds);
        }

        log.LogInformation("Push {PushId} {Campaign} to install {Install} of shopper {Shopper}: {Reason}", push.Id, push.Campaign, push.Install, push.Shopper, push.Reason);
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
