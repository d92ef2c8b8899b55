using ScenarioEdge.EdgeAgent.Wearables.Transport;
using Microsoft.Extensions.Time.Testing;

namespace ScenarioEdge.EdgeAgent.Tests.Wearables;

/// <summary>
/// Beneath the real GATT client: plays the peer's side of an ATT transcript. A peer PDU is handed out once the client
/// has sent every PDU written before it in the transcript, after the transcript's pause on the fake clock; what the
/// client sends is recorded for comparison with the transcript's own lines.
/// </summary>
internal sealed class ReplayAttChannel(AttTranscript transcript, FakeTimeProvider time) : IAttChannel
{
    private readonly List<byte[]> sent = [];
    private readonly object gate = new();
    private TaskCompletionSource progress = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource pausing = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int next;

    public IReadOnlyList<byte[]> Sent
    {
        get
        {
            lock (gate)
            {
                return [.. sent];
            }
        }
    }

    public bool Disposed { get; private set; }

    /// <summary>Completes when the peer is waiting out a pause of the transcript on the fake clock.</summary>
    public Task Pausing => Volatile.Read(ref pausing).Task;

    public event Action? Closed;

    public async ValueTask<int> ReceiveAsync(Memory<byte> buffer, CancellationToken cancellationToken)
    {
        while (true)
        {
            AttTranscript.Step? step;
            Task wait;
            lock (gate)
            {
                // Lines the client was to send are passed once it has sent that many.
                while (next < transcript.Steps.Count && transcript.Steps[next].Direction == AttTranscript.Direction.ToPeer && sent.Count > transcript.Steps[next].SentBefore)
                {
                    next++;
                }

                step = next < transcript.Steps.Count ? transcript.Steps[next] : null;
                wait = progress.Task;
                if (step is not null && step.Value.Direction == AttTranscript.Direction.ToClient && sent.Count >= step.Value.SentBefore)
                {
                    next++;
                    break;
                }

                if (step is { Direction: AttTranscript.Direction.Disconnect } && sent.Count >= step.Value.SentBefore)
                {
                    return 0;
                }
            }

            if (step is null)
            {
                // The peer has nothing more to say: silence until cancelled (the session's timeouts decide).
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }

            await wait.WaitAsync(cancellationToken);
        }

        var current = transcript.Steps[next - 1];
        if (current.DelayMs > 0)
        {
            var delay = Task.Delay(TimeSpan.FromMilliseconds(current.DelayMs), time, cancellationToken);
            Volatile.Read(ref pausing).TrySetResult();
            await delay;
            Volatile.Write(ref pausing, new(TaskCreationOptions.RunContinuationsAsynchronously));
        }

        current.Bytes.CopyTo(buffer);
        return current.Bytes.Length;
    }

    public ValueTask SendAsync(ReadOnlyMemory<byte> pdu, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            sent.Add(pdu.ToArray());
            var old = progress;
            progress = new(TaskCreationOptions.RunContinuationsAsynchronously);
            old.TrySetResult();
        }

        return ValueTask.CompletedTask;
    }

    public void Dispose()
    {
        if (!Disposed)
        {
            Disposed = true;
            Closed?.Invoke();
        }
    }
}
