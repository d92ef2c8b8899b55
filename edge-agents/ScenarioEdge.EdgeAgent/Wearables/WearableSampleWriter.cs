using Microsoft.Extensions.Options;
using ScenarioEdge.EdgeAgent.Publishing;
using ScenarioEdge.Protocol;
using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.EdgeAgent.Wearables;

/// <summary>Puts wearable samples into the outbox (store-and-forward, QoS 1, droppable after sightings when full).</summary>
internal sealed class WearableSampleWriter(IEdgeLink link, IOptions<AgentOptions> options, WearableStats stats)
{
    private readonly string topic = Topics.Wearables(options.Value.Store, options.Value.Device);
    private readonly MessageIds ids = new("w");

    public string NextId() => ids.Next();

    public async ValueTask WriteAsync(WearableSample sample, CancellationToken cancellationToken)
    {
        await link.EnqueueAsync(new OutboxMessage(topic, ProtocolCodec.Encode(sample), OutboxClass.Wearables), cancellationToken);
        stats.CountPublished();
    }
}
