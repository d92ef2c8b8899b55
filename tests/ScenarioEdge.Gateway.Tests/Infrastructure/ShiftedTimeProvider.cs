namespace ScenarioEdge.Gateway.Tests.Infrastructure;

/// <summary>
/// The system clock moved forward by <see cref="Offset"/>: lets a test jump past quiet hours or a cooldown while
/// timers, delays and timestamps keep running at real speed (so the broker and the hosted services behave as usual).
/// </summary>
internal sealed class ShiftedTimeProvider : TimeProvider
{
    private long _offsetTicks;

    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;
}
