using System.Threading.Channels;
using ScenarioEdge.Protocol;
using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.Gateway.Coupons;

/// <summary>
/// Answers to the tills' MQTT redemptions on their way to the broker. A queue of its own because ingest runs inside
/// the broker: the stage that redeems cannot hold the bus (<see cref="PosAnswerPublisher"/> does).
/// </summary>
public sealed class PosAnswerQueue
{
    private readonly Channel<(string Topic, byte[] Payload)> _queue = Channel.CreateBounded<(string, byte[])>(new BoundedChannelOptions(10_000)
    {
        SingleReader = true,
        FullMode = BoundedChannelFullMode.DropWrite,
    });

    internal ChannelReader<(string Topic, byte[] Payload)> Reader => _queue.Reader;

    /// <summary>Queues <paramref name="answer"/> for device <paramref name="device"/> of <paramref name="store"/>; false when the queue is full.</summary>
    public bool Enqueue(string store, string device, RedemptionResult answer) =>
        _queue.Writer.TryWrite((Topics.Answers(store, device), ProtocolCodec.Encode(answer)));
}
