using ScenarioEdge.Gateway.Identity;
using ScenarioEdge.Gateway.Messaging;
using ScenarioEdge.Gateway.Observability;
using ScenarioEdge.Gateway.Storage;
using ScenarioEdge.Protocol;
using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.Gateway.Scenes;

/// <summary>
/// Keeps each scene change in the timeline (LiteDB, one write per batch) and publishes it on
/// <c>se/v1/scenes/{store}/{shopper}</c>. Its own loop, apart from <see cref="SceneChangeDispatcher"/>, because ingest →
/// scenes must not depend on the bus that feeds ingest. At shutdown the queue is drained; changes the shutdown budget
/// leaves are still kept in the timeline, and only their publication is dropped (and counted).
/// </summary>
public sealed class SceneBroadcaster(
    SceneChangeDispatcher publisher, IMessageBus bus, GatewayDatabase database, IdentityDirectory directory, GatewayMetrics metrics, ILogger<SceneBroadcaster> log)
    : BackgroundService
{
    /// <summary>Store segment of the scene topic for shoppers judged outside any store.</summary>
    public const string NoStore = "none";

    private const int BatchSize = 512;
    private long _sequence;

    /// <summary>Shutdown, once the scene engine has stopped: completes when every queued change is kept and published.</summary>
    internal async Task DrainAsync(CancellationToken cancellationToken)
    {
        publisher.Complete();
        await this.FinishQueuedAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        var left = Take(int.MaxValue);
        if (left.Count > 0)
        {
            Keep(left);
            metrics.ShutdownDropped.Add(1, left.Count);
            log.LogWarning("Stopped with {Count} scene changes queued: kept in the timeline, not published on the scene topic", left.Count);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await publisher.Pending.WaitToReadAsync(stoppingToken))
            {
                var batch = Take(BatchSize);
                try
                {
                    Keep(batch);
                }
                catch (Exception ex) when (ex is LiteDB.LiteException or IOException or ObjectDisposedException)
                {
                    log.LogError(ex, "Could not keep {Count} scene changes in the timeline: {Message}", batch.Count, ex.Message);
                }

                foreach (var change in batch)
                {
                    try
                    {
                        await bus.PublishAsync(Topics.Scene(change.Store ?? NoStore, change.Shopper), ProtocolCodec.Encode(ToMessage(change)), false, stoppingToken);
                    }
                    catch (Exception ex) when (ex is not OperationCanceledException)
                    {
                        log.LogWarning("Could not publish the scene change of {Shopper}: {Message}", change.Shopper, ex.Message);
                    }
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private List<SceneChange> Take(int most)
    {
        var batch = new List<SceneChange>();
        while (batch.Count < most && publisher.Pending.TryRead(out var change))
        {
            // A change decided just before an erasure must not bring the erased shopper back.
            if (directory.Current.Shopper(change.Shopper) is not null)
            {
                batch.Add(change);
            }
        }

        return batch;
    }

    private void Keep(List<SceneChange> batch)
    {
        if (batch.Count > 0)
        {
            database.Scenes.InsertBulk(batch.Select(SceneChangeDispatcher.ToRecord));
        }
    }

    private SceneTransition ToMessage(SceneChange c) => new()
    {
        Id = $"scene-{Interlocked.Increment(ref _sequence)}-{c.At.UtcTicks}",
        Ts = c.At,
        State = c.State,
        Previous = c.Previous,
        Zone = c.Zone,
        Dwelling = c.Dwelling,
        Shelf = c.Shelf,
        Confidence = c.Confidence,
        Reasons = [.. c.Reasons],
    };
}
