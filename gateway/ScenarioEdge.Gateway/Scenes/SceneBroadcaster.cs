using ScenarioEdge.Gateway.Broker;
using ScenarioEdge.Gateway.Storage;
using ScenarioEdge.Protocol;
using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.Gateway.Scenes;

/// <summary>
/// Keeps each scene change in the timeline (LiteDB) and publishes it on <c>se/v1/scenes/{store}/{shopper}</c>.
/// Its own loop, apart from <see cref="ScenePublisher"/>, because ingest → scenes must not depend on the bus that
/// feeds ingest.
/// </summary>
public sealed class SceneBroadcaster(ScenePublisher publisher, IMessageBus bus, GatewayDatabase database, SceneDirectory directory, ILogger<SceneBroadcaster> log) : BackgroundService
{
    /// <summary>Store segment of the scene topic for shoppers judged outside any store.</summary>
    public const string NoStore = "none";

    private long _sequence;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var change in publisher.Pending.ReadAllAsync(stoppingToken))
            {
                try
                {
                    // A change decided just before an erasure must not bring the erased shopper back.
                    if (directory.ById(change.Shopper) is null)
                    {
                        continue;
                    }

                    database.Scenes.Insert(ScenePublisher.ToRecord(change));
                    var message = ToMessage(change);
                    await bus.PublishAsync(Topics.Scene(change.Store ?? NoStore, change.Shopper), ProtocolCodec.Encode(message), false, stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    log.LogWarning("Could not keep or publish the scene change of {Shopper}: {Message}", change.Shopper, ex.Message);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
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
