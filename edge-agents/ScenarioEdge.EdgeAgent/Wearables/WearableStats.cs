namespace ScenarioEdge.EdgeAgent.Wearables;

/// <summary>Counters of the GATT side, lock-free; logged in summaries, read by tests.</summary>
internal sealed class WearableStats
{
    private long connectAttempts;
    private long connectFailures;
    private long sessionsReady;
    private long published;
    private long droppedMalformed;
    private long droppedOutOfRange;
    private long refusedPdus;
    private long ignoredNotifications;

    public long ConnectAttempts => Interlocked.Read(ref connectAttempts);

    public long ConnectFailures => Interlocked.Read(ref connectFailures);

    public long SessionsReady => Interlocked.Read(ref sessionsReady);

    public long Published => Interlocked.Read(ref published);

    public long DroppedMalformed => Interlocked.Read(ref droppedMalformed);

    public long DroppedOutOfRange => Interlocked.Read(ref droppedOutOfRange);

    /// <summary>ATT PDUs refused: truncated, unknown, or answers to nothing asked.</summary>
    public long RefusedPdus => Interlocked.Read(ref refusedPdus);

    public long IgnoredNotifications => Interlocked.Read(ref ignoredNotifications);

    public void CountConnectAttempt() => Interlocked.Increment(ref connectAttempts);

    public void CountConnectFailure() => Interlocked.Increment(ref connectFailures);

    public void CountReady() => Interlocked.Increment(ref sessionsReady);

    public void CountPublished() => Interlocked.Increment(ref published);

    public void CountDropped(WearableDropReason reason) => Interlocked.Increment(ref reason == WearableDropReason.Malformed ? ref droppedMalformed : ref droppedOutOfRange);

    public void CountSession(int refused, int ignored)
    {
        Interlocked.Add(ref refusedPdus, refused);
        Interlocked.Add(ref ignoredNotifications, ignored);
    }
}
