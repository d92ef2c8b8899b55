namespace ScenarioEdge.Simulation.Scenarios;

/// <summary>From <see cref="At"/> scenario seconds on, the shopper is in zone <see cref="In"/> ("outside": out of range).</summary>
public sealed class StepSpec
{
    public const string Outside = "outside";

    public double At { get; set; }

    public string In { get; set; } = Outside;

    /// <summary>Seconds to walk from the previous zone (in-store moves only; stepping in or out is immediate).</summary>
    public double WalkS { get; set; } = 4;

    /// <summary>What the shopper is doing from this step on (still, walking, running, cycling, vehicle), if the phone and wearable report it.</summary>
    public string? Doing { get; set; }
}
