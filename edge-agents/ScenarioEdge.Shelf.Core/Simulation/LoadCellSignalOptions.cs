namespace ScenarioEdge.Shelf.Simulation;

/// <summary>Electrical and mechanical character of a simulated load-cell lane read by an HX711.</summary>
public sealed record LoadCellSignalOptions
{
    /// <summary>Counts per gram (about 420 for a 5 kg, 1 mV/V cell on channel A, gain 128, 5 V excitation).</summary>
    public double CountsPerGram { get; init; } = 420;

    /// <summary>Counts with the lane empty (the platform's own weight and the bridge offset).</summary>
    public double TareCounts { get; init; } = 84_000;

    /// <summary>Standard deviation of the per-sample noise in grams (about 0.5-1 g for a good 5 kg cell at 10 SPS).</summary>
    public double NoiseGrams { get; init; } = 1;

    /// <summary>Zero drift (temperature, creep) in grams per minute.</summary>
    public double DriftGramsPerMinute { get; init; } = 0.5;

    /// <summary>HX711 output data rate: 10 (RATE pin low) or 80 (RATE pin high) samples per second.</summary>
    public double SampleRateHz { get; init; } = 10;

    /// <summary>Probability that one sample is garbage (a clock glitch on a long, unshielded cable).</summary>
    public double GlitchProbability { get; init; } = 0.002;
}
