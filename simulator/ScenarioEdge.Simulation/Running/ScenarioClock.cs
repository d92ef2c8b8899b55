namespace ScenarioEdge.Simulation.Running;

/// <summary>
/// Scenario time: event time that runs <c>speed</c> times faster than the given <see cref="TimeProvider"/>, from a
/// start instant. Every message the simulator sends carries this time, so a day can be replayed in minutes.
/// </summary>
public sealed class ScenarioClock(TimeProvider time, DateTimeOffset start, double speed)
{
    private readonly long _origin = time.GetTimestamp();
    private long _jumpedTicks;

    public double Speed => speed;

    /// <summary>Event time of scenario second 0, moved by the jumps so far.</summary>
    public DateTimeOffset Start => start + Jumped;

    /// <summary>How far the clock has jumped forward (a later act of the day).</summary>
    public TimeSpan Jumped => TimeSpan.FromTicks(Interlocked.Read(ref _jumpedTicks));

    /// <summary>Scenario seconds since the start.</summary>
    public double Seconds => time.GetElapsedTime(_origin).TotalSeconds * speed;

    /// <summary>Current event time.</summary>
    public DateTimeOffset Now => Start + TimeSpan.FromSeconds(Seconds);

    /// <summary>Wall-clock span for a span of scenario time.</summary>
    public TimeSpan ToWall(TimeSpan scenario) => scenario / speed;

    /// <summary>Jumps the event time forward; scenario seconds go on as before.</summary>
    public void Jump(TimeSpan by) => Interlocked.Add(ref _jumpedTicks, by.Ticks);
}
