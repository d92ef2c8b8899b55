namespace ScenarioEdge.Simulation.Scenarios;

/// <summary>
/// At <see cref="At"/> scenario seconds the simulator posts an external alert for the scenario's store through the
/// gateway's operator API (<c>POST /api/alerts</c>), valid from that event time for <see cref="ValidForS"/> seconds.
/// </summary>
public sealed class AlertStepSpec
{
    public double At { get; set; }

    /// <summary>What the alert is about (campaigns match it with <c>alertKinds</c>).</summary>
    public string Kind { get; set; } = "weather";

    /// <summary>info, advisory, warning or severe.</summary>
    public string Severity { get; set; } = "warning";

    /// <summary>Plain text, 1-500 characters.</summary>
    public string Text { get; set; } = "";

    public double ValidForS { get; set; } = 3600;
}
