namespace ScenarioEdge.Provisioning;

/// <summary>A shelf with the simulator's load-cell model taken as opaque.</summary>
internal sealed class SimulatorShelfKeys : ShelfSpec
{
    public object? NoiseGrams { get; set; }

    public object? DriftGramsPerMinute { get; set; }

    public object? SampleRateHz { get; set; }

    public object? GlitchProbability { get; set; }
}
