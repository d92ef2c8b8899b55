namespace ScenarioEdge.EdgeAgent.Publishing;

/// <summary>
/// The edge agent's one seam to the broker. Uplinks go through a durable outbox: when <see cref="EnqueueAsync"/>
/// returns, the message survives a restart and leaves the outbox only once the broker acknowledged it (QoS 1).
/// Downlinks (retained config and display content) arrive through <see cref="Subscribe"/>.
/// </summary>
public interface IEdgeLink
{
    /// <summary>Stores <paramref name="message"/> in the outbox for publishing.</summary>
    ValueTask EnqueueAsync(OutboxMessage message, CancellationToken cancellationToken);

    /// <summary>Calls <paramref name="handler"/> for every message on topics matching <paramref name="topicFilter"/>, retained ones included.</summary>
    IDisposable Subscribe(string topicFilter, Func<string, ReadOnlyMemory<byte>, CancellationToken, ValueTask> handler);
}
