using System.Collections.Concurrent;
using ScenarioEdge.EdgeAgent.Publishing;

namespace ScenarioEdge.EdgeAgent.Tests.Support;

/// <summary>An <see cref="IEdgeLink"/> that records what it is given and signals each message.</summary>
internal sealed class RecordingEdgeLink : IEdgeLink
{
    private readonly ConcurrentQueue<OutboxMessage> messages = new();
    private TaskCompletionSource<OutboxMessage> next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public IReadOnlyCollection<OutboxMessage> Messages => messages;

    public List<(string Filter, Func<string, ReadOnlyMemory<byte>, CancellationToken, ValueTask> Handler)> Subscriptions { get; } = [];

    /// <summary>Completes with the next message enqueued after this call.</summary>
    public Task<OutboxMessage> NextAsync() => Volatile.Read(ref next).Task;

    public ValueTask EnqueueAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        messages.Enqueue(message);
        Interlocked.Exchange(ref next, new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult(message);
        return ValueTask.CompletedTask;
    }

    public IDisposable Subscribe(string topicFilter, Func<string, ReadOnlyMemory<byte>, CancellationToken, ValueTask> handler)
    {
        Subscriptions.Add((topicFilter, handler));
        return new Unsubscriber();
    }

    private sealed class Unsubscriber : IDisposable
    {
        public void Dispose()
        {
        }
    }
}
