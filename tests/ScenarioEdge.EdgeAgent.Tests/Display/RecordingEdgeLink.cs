using ScenarioEdge.EdgeAgent.Publishing;

namespace ScenarioEdge.EdgeAgent.Tests.Display;

/// <summary>In-memory IEdgeLink: records what is enqueued and lets a test deliver downlinks to subscribers.</summary>
internal sealed class RecordingEdgeLink : IEdgeLink
{
    private readonly List<(string Filter, Func<string, ReadOnlyMemory<byte>, CancellationToken, ValueTask> Handler)> _subscribers = [];

    public List<OutboxMessage> Enqueued { get; } = [];

    public ValueTask EnqueueAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        Enqueued.Add(message);
        return ValueTask.CompletedTask;
    }

    public IDisposable Subscribe(string topicFilter, Func<string, ReadOnlyMemory<byte>, CancellationToken, ValueTask> handler)
    {
        var entry = (topicFilter, handler);
        _subscribers.Add(entry);
        return new Unsubscriber(() => _subscribers.Remove(entry));
    }

    public async Task DeliverAsync(string topic, byte[] payload)
    {
        foreach (var (filter, handler) in _subscribers.Where(s => s.Filter == topic).ToList())
        {
            await handler(topic, payload, CancellationToken.None);
        }
    }

    private sealed class Unsubscriber(Action dispose) : IDisposable
    {
        public void Dispose() => dispose();
    }
}
