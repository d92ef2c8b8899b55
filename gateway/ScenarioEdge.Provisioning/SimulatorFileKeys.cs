namespace ScenarioEdge.Provisioning;

/// <summary>A scenario file with the simulator's top-level sections taken as opaque, so that their keys are known but not read.</summary>
internal sealed class SimulatorFileKeys
{
    public string Name { get; set; } = "";

    public SimulatorStoreKeys Store { get; set; } = new();

    public object? Seed { get; set; }

    public object? DurationS { get; set; }

    public object? Loop { get; set; }

    public object? Shoppers { get; set; }

    public object? Expect { get; set; }

    public object? StartLocal { get; set; }

    public object? Weekday { get; set; }

    public object? Alerts { get; set; }

    public object? Jumps { get; set; }

    public object? Checkout { get; set; }
}
