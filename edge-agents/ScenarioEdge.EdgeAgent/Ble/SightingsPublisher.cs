using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ScenarioEdge.EdgeAgent.Publishing;
using ScenarioEdge.Protocol;
using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.EdgeAgent.Ble;

/// <summary>
/// Every publish interval, turns what the aggregator heard into sightings batches (at most 2,000 each) and puts them
/// into the outbox. An empty batch still goes out: it is the scanner's heartbeat, letting the gateway's event time
/// move on for absence decisions.
/// </summary>
internal sealed class SightingsPublisher(
    SightingsAggregator aggregator,
    IEdgeLink link,
    BleSettings settings,
    IOptions<AgentOptions> options,
    TimeProvider timeProvider,
    ILogger<SightingsPublisher> logger) : BackgroundService
{
    private readonly MessageIds ids = new("s");

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var topic = Topics.Sightings(options.Value.Store, options.Value.Device);
        using var timer = new PeriodicTimer(settings.Current.PublishInterval, timeProvider);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                if (timer.Period != settings.Current.PublishInterval)
                {
                    timer.Period = settings.Current.PublishInterval;
                }

                try
                {
                    await PublishOnceAsync(topic, stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogError(ex, "Could not queue sightings for publishing: {Reason}. Check free space and permissions of Agent:DataDirectory", ex.Message);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // stopping
        }
    }

    internal async Task PublishOnceAsync(string topic, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var sightings = aggregator.Collect(now);
        var at = 0;
        do
        {
            var take = Math.Min(SightingsBatch.MaxSightings, sightings.Count - at);
            var batch = new SightingsBatch { Id = ids.Next(), Ts = now, Sightings = sightings.GetRange(at, take) };
            await link.EnqueueAsync(new OutboxMessage(topic, ProtocolCodec.Encode(batch), OutboxClass.Sightings), cancellationToken);
            at += take;
        }
        while (at < sightings.Count);
    }
}
