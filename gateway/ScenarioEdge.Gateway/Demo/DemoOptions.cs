namespace ScenarioEdge.Gateway.Demo;

/// <summary>
/// Section <c>Demo</c>: switched on by the demo host (simulator/ScenarioEdge.Demo), which plays a simulated store
/// against this gateway over loopback. The gateway only needs to know so: the banner says so, and the plain MQTT
/// listener the simulated devices use must stay on.
/// </summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    public bool Enabled { get; set; }
}
