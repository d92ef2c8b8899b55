namespace ScenarioEdge.Simulation.Running;

/// <summary>
/// A clock moved by an offset from another: the one clock a scenario's simulator and gateway share when the scenario
/// starts at a local time of day (<see cref="ScenarioStartClock"/>). Timers, delays and timestamps run as the inner
/// clock's, so hosted services behave as usual; <see cref="Advance"/> jumps it forward (a later act of the day).
/// </summary>
public sealed class ScenarioTimeProvider(TimeProvider inner, TimeSpan offset) : TimeProvider
{
    private long _offsetTicks = offset.Ticks;

    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public void Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        Interlocked.Add(ref _offsetTicks, by.Ticks);
    }

    public override DateTimeOffset GetUtcNow() => inner.GetUtcNow() + Offset;

    public override long GetTimestamp() => inner.GetTimestamp();

    public override long TimestampFrequency => inner.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => inner.LocalTimeZone;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        inner.CreateTimer(callback, state, dueTime, period);
}
