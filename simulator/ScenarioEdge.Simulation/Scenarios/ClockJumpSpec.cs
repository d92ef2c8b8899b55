namespace ScenarioEdge.Simulation.Scenarios;

/// <summary>
/// At <see cref="At"/> scenario seconds the shared clock jumps forward to the local time <see cref="ToLocal"/> of
/// the same day (a later act: the afternoon after the morning). Only forward; the first loop only.
/// </summary>
public sealed class ClockJumpSpec
{
    public double At { get; set; }

    /// <summary>HH:mm or HH:mm:ss in the store's time zone, later than the clock reads at <see cref="At"/>.</summary>
    public string ToLocal { get; set; } = "";
}
