namespace ScenarioEdge.Simulation.Scenarios;

/// <summary>
/// A smart shelf (edge device) in a zone: load-cell lanes read by HX711s, simulated with noise, drift and glitches
/// through the same signal model and lane pipeline as the edge agent.
/// </summary>
public sealed class ShelfSpec
{
    public string Device { get; set; } = "";

    public string Zone { get; set; } = "";

    public double X { get; set; }

    public double Y { get; set; }

    public List<ShelfLaneSpec> Lanes { get; set; } = [];

    /// <summary>Per-sample noise of the load cells in grams (0.5-1 g is a good 5 kg cell; 3+ g a noisy store).</summary>
    public double NoiseGrams { get; set; } = 1;

    /// <summary>Zero drift in grams per minute (temperature, creep).</summary>
    public double DriftGramsPerMinute { get; set; } = 0.5;

    /// <summary>HX711 data rate: 10 or 80 samples per second.</summary>
    public double SampleRateHz { get; set; } = 10;

    /// <summary>Probability that one reading is garbage.</summary>
    public double GlitchProbability { get; set; } = 0.002;
}
