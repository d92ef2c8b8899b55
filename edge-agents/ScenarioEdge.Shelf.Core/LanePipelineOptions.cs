namespace ScenarioEdge.Shelf;

/// <summary>Tuning of the per-lane pipeline. The defaults are the ones measured in docs/benchmarks.md.</summary>
public sealed class LanePipelineOptions
{
    /// <summary>Samples in the median filter (odd).</summary>
    public int MedianSize { get; set; } = 5;

    /// <summary>The filtered weight must stay inside the stability band this long to count as settled.</summary>
    public int SettleWindowMs { get; set; } = 700;

    /// <summary>Fewest samples in the settle window (guards against gaps in the readings).</summary>
    public int MinSettleSamples { get; set; } = 5;

    /// <summary>Narrowest stability band, in grams.</summary>
    public double MinStableBandGrams { get; set; } = 3;

    /// <summary>Stability band in multiples of the estimated per-sample noise.</summary>
    public double StableBandSigmas { get; set; } = 5;

    /// <summary>Largest robust spread of the raw samples in the settle window, in multiples of the estimated noise.</summary>
    public double RawSpreadSigmas { get; set; } = 2;

    /// <summary>Noise assumed until the lane has been at rest long enough to measure it.</summary>
    public double InitialNoiseGrams { get; set; } = 1;

    /// <summary>Largest settled offset absorbed as drift (also capped at a quarter of the unit weight).</summary>
    public double DriftBandGrams { get; set; } = 5;

    /// <summary>Time constant of the drift compensation, in seconds.</summary>
    public double DriftTimeConstantS { get; set; } = 20;

    /// <summary>A settled change that is not a whole number of items becomes the new baseline after this long.</summary>
    public int RebaselineAfterMs { get; set; } = 5000;

    public string? Validate() =>
        MedianSize is < 1 or > 31 || MedianSize % 2 == 0 ? "MedianSize: odd number from 1 to 31"
        : SettleWindowMs is < 100 or > 10_000 ? "SettleWindowMs: 100 to 10000"
        : MinSettleSamples is < 2 or > 1000 ? "MinSettleSamples: 2 to 1000"
        : MinStableBandGrams <= 0 ? "MinStableBandGrams: greater than 0"
        : StableBandSigmas <= 0 ? "StableBandSigmas: greater than 0"
        : RawSpreadSigmas <= 0 ? "RawSpreadSigmas: greater than 0"
        : InitialNoiseGrams <= 0 ? "InitialNoiseGrams: greater than 0"
        : DriftBandGrams < 0 ? "DriftBandGrams: 0 or more"
        : DriftTimeConstantS <= 0 ? "DriftTimeConstantS: greater than 0"
        : RebaselineAfterMs < 0 ? "RebaselineAfterMs: 0 or more"
        : null;
}
