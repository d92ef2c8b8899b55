namespace ScenarioEdge.Gateway.Observability;

/// <summary>
/// Refusals of one (client, reason) pair in the current period, with the first one kept as the example. A tally that
/// saw nothing for a whole period is retired, so that the next refusal of the pair is reported as new again.
/// </summary>
internal sealed class RefusalTally(string what, string subject, string detail)
{
    private const long Retired = long.MinValue;
    // Born counting its first refusal: a tally added with 0 could be retired by a flush before its creator counted
    // into it, and that refusal would be in no summary.
    private long _count = 1;

    public string What { get; } = what;

    public string Subject { get; } = subject;

    public string Detail { get; } = detail;

    /// <summary>Counts one refusal; false when the tally was retired meanwhile and a fresh one must take it.</summary>
    public bool TryAdd() => Interlocked.Increment(ref _count) > 0;

    /// <summary>The count since the last call, reset to zero.</summary>
    public long TakeCount() => Interlocked.Exchange(ref _count, 0);

    /// <summary>Retires the tally when nothing was counted since <see cref="TakeCount"/>.</summary>
    public bool TryRetire() => Interlocked.CompareExchange(ref _count, Retired, 0) == 0;
}
