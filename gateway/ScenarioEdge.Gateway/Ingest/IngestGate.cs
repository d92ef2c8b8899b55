namespace ScenarioEdge.Gateway.Ingest;

/// <summary>
/// Counts messages in hand so that shutdown can close the door and then wait for the ones already inside. One
/// interlocked add on the way in and one on the way out.
/// </summary>
internal sealed class IngestGate
{
    private readonly TaskCompletionSource _idle = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _inFlight;
    private int _closed;

    public bool TryEnter()
    {
        Interlocked.Increment(ref _inFlight);
        if (Volatile.Read(ref _closed) == 0)
        {
            return true;
        }

        Exit();
        return false;
    }

    public void Exit()
    {
        if (Interlocked.Decrement(ref _inFlight) == 0 && Volatile.Read(ref _closed) == 1)
        {
            _idle.TrySetResult();
        }
    }

    public Task CloseAsync(CancellationToken cancellationToken)
    {
        // Both sides use full fences (Interlocked), so either a message sees the door closed or this sees it inside.
        Interlocked.Exchange(ref _closed, 1);
        if (Interlocked.CompareExchange(ref _inFlight, 0, 0) == 0)
        {
            _idle.TrySetResult();
        }

        return _idle.Task.WaitAsync(cancellationToken);
    }
}
