namespace ScenarioEdge.Demo;

/// <summary>The demo's simulated store (section <c>Demo</c>).</summary>
public sealed class DemoStoreOptions
{
    public const string Section = "Demo";

    /// <summary>Scenario the in-process simulator plays in a loop.</summary>
    public string Scenario { get; set; } = Path.Combine(AppContext.BaseDirectory, "scenarios", "demo.yaml");

    /// <summary>Scenario seconds per wall second (1: as it happens; tests play faster).</summary>
    public double Speed { get; set; } = 1;
}
