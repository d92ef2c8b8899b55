namespace ScenarioEdge.Gateway.Demo;

/// <summary>The demo store (section <c>Demo</c>), switched on by <c>--demo</c>.</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    public bool Enabled { get; set; }

    /// <summary>Scenario the in-process simulator plays in a loop.</summary>
    public string Scenario { get; set; } = Path.Combine(AppContext.BaseDirectory, "scenarios", "demo.yaml");
}
