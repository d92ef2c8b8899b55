namespace ScenarioEdge.Gateway.Concurrency;

/// <summary>
/// Lets one caller per interval through to a periodic sweep of an in-memory map, without a lock: the others go on at
/// once. Counted in whatever unit of time its owner uses (timestamps, event-time ticks). A mutable struct: keep it as
/// a non-readonly field of its owner and never copy it.
/// </summary>
internal struct SweepGate
{
    private long _next;

    /// <summary>
    /// True for the one caller that takes the sweep due at <paramref name="now"/>; the next is then due
    /// <paramref name="every"/> later. A cheap read when no sweep is due, so it may stand on a per-message path.
    /// </summary>
    public bool TryEnter(long now, long every)
    {
        var due = Interlocked.Read(ref _next);
        return now >= due && Interlocked.CompareExchange(ref _next, now + every, due) == due;
    }

    /// <summary>The next caller sweeps, whatever its time (the owner's clock was found set back).</summary>
    public void Open() => Interlocked.Exchange(ref _next, 0);
}
