using System.Collections.Concurrent;
using Microsoft.Extensions.Time.Testing;
using ScenarioEdge.EdgeAgent.Wearables;
using ScenarioEdge.EdgeAgent.Wearables.Transport;

namespace ScenarioEdge.EdgeAgent.Tests.Wearables;

/// <summary>
/// Beneath the real connection loops: each connect to an address takes that address's next scripted connection (a
/// transcript, or a failure); with none left the device is "out of range". Records every call with its fake time
/// and the most connections ever open at once.
/// </summary>
internal sealed class ReplayAttConnector(FakeTimeProvider time) : IAttConnector
{
    private readonly ConcurrentDictionary<ulong, ConcurrentQueue<AttTranscript?>> scripts = new();
    private readonly ConcurrentQueue<(WearableAddress Address, DateTimeOffset At)> calls = new();
    private readonly ConcurrentQueue<ReplayAttChannel> channels = new();
    private readonly object gate = new();
    private TaskCompletionSource changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int open;
    private int maxOpen;

    public IReadOnlyList<(WearableAddress Address, DateTimeOffset At)> Calls => [.. calls];

    public IReadOnlyList<ReplayAttChannel> Channels => [.. channels];

    public int MaxOpen => Volatile.Read(ref maxOpen);

    /// <summary>The next connection to <paramref name="address"/> plays <paramref name="transcript"/> (null: it fails).</summary>
    public ReplayAttConnector Then(ulong address, AttTranscript? transcript)
    {
        scripts.GetOrAdd(address, _ => new()).Enqueue(transcript);
        return this;
    }

    /// <summary>Completes once <paramref name="condition"/> holds, checked after every connect and close.</summary>
    public async Task WhenAsync(Func<ReplayAttConnector, bool> condition)
    {
        while (true)
        {
            Task next;
            lock (gate)
            {
                next = changed.Task;
            }

            if (condition(this))
            {
                return;
            }

            await next;
        }
    }

    public Task<IAttChannel> ConnectAsync(WearableAddress address, TimeSpan timeout, CancellationToken cancellationToken)
    {
        calls.Enqueue((address, time.GetUtcNow()));
        if (!scripts.TryGetValue(address.Value, out var queue) || !queue.TryDequeue(out var transcript) || transcript is null)
        {
            Signal();
            throw new AttTransportException($"Connecting to {address}: timed out (errno 110); out of range, or connected to another device");
        }

        var channel = new ReplayAttChannel(transcript, time);
        channel.Closed += () =>
        {
            Interlocked.Decrement(ref open);
            Signal();
        };
        var now = Interlocked.Increment(ref open);
        int seen;
        while ((seen = Volatile.Read(ref maxOpen)) < now && Interlocked.CompareExchange(ref maxOpen, now, seen) != seen)
        {
        }

        channels.Enqueue(channel);
        Signal();
        return Task.FromResult<IAttChannel>(channel);
    }

    private void Signal()
    {
        lock (gate)
        {
            var old = changed;
            changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
            old.TrySetResult();
        }
    }
}
