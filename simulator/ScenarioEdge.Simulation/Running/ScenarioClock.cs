namespace ScenarioEdge.Simulation.Running;

/// <summary>
/// Scenario time: event time that runs <c>speed</c> times faster than the given <see cref="TimeProvider"/>, from a
/// start instant. Every message the simulator sends carries this time, so a day can be replayed in minutes.
/// </summary>
public sealed class ScenarioClock(TimeProvider time, DateTimeOffset start, double speed)
{
    private readonly long _origin = time.GetTimestamp();

    public double Speed => speed;

    public DateTimeOffset Start => start;

    /// <summary>Scenario seconds since the start.</summary>
    public double Seconds => time.GetElapsedTime(_origin).TotalSeconds * speed;

    /// <summary>Current event time.</summary>
    public DateTimeOffset Now => start + TimeSpan.FromSeconds(Seconds);

    /// <summary>Wall-clock span for a span of scenario time.</summary>
    public TimeSpan ToWall(TimeSpan scenario) => scenario / speed;
}
