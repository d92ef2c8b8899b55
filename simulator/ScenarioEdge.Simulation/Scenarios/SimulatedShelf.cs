using ScenarioEdge.Provisioning;

namespace ScenarioEdge.Simulation.Scenarios;

/// <summary>
/// A shelf of a scenario with its load cells' model: HX711 lanes simulated with noise, drift and glitches through
/// the same signal model and lane pipeline as the edge agent.
/// </summary>
public sealed class SimulatedShelf : ShelfSpec
{
    private static readonly SimulatedShelf Defaults = new();

    /// <summary>Per-sample noise of the load cells in grams (0.5-1 g is a good 5 kg cell; 3+ g a noisy store).</summary>
    public double NoiseGrams { get; set; } = 1;

    /// <summary>Zero drift in grams per minute (temperature, creep).</summary>
    public double DriftGramsPerMinute { get; set; } = 0.5;

    /// <summary>HX711 data rate: 10 or 80 samples per second.</summary>
    public double SampleRateHz { get; set; } = 10;

    /// <summary>Probability that one reading is garbage.</summary>
    public double GlitchProbability { get; set; } = 0.002;

    /// <summary>The load-cell model of <paramref name="shelf"/>: its own when read from a scenario file, the defaults otherwise.</summary>
    public static SimulatedShelf Of(ShelfSpec shelf) => shelf as SimulatedShelf ?? Defaults;
}
