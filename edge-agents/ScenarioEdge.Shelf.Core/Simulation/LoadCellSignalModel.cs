namespace ScenarioEdge.Shelf.Simulation;

/// <summary>
/// Turns the true weight on a lane into the counts an HX711 would report: calibration, Gaussian noise, linear zero
/// drift and rare garbage samples. Seeded, so a scenario replays the same counts. Used by the trace builder, the
/// shelf benchmark and (later) the simulator's virtual shelves; it has no dependency beyond the BCL.
/// </summary>
public sealed class LoadCellSignalModel(LoadCellSignalOptions options, int seed)
{
    private const int MaxCounts = (1 << 23) - 1;
    private const int MinCounts = -(1 << 23);
    private readonly Random _random = new(seed);

    public LoadCellSignalOptions Options { get; } = options;

    /// <summary>Counts for <paramref name="grams"/> on the lane at <paramref name="seconds"/> into the trace.</summary>
    public int Counts(double grams, double seconds)
    {
        if (_random.NextDouble() < Options.GlitchProbability)
        {
            return _random.Next(MinCounts, MaxCounts);
        }

        var observed = grams + (Options.DriftGramsPerMinute * seconds / 60) + (Options.NoiseGrams * Gaussian());
        var counts = Options.TareCounts + (observed * Options.CountsPerGram);
        return (int)Math.Clamp(Math.Round(counts), MinCounts, MaxCounts);
    }

    /// <summary>Standard normal deviate (Box-Muller).</summary>
    public double Gaussian()
    {
        var u1 = 1.0 - _random.NextDouble();
        var u2 = _random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>Uniform deviate in [<paramref name="min"/>, <paramref name="max"/>).</summary>
    public double Uniform(double min, double max) => min + ((max - min) * _random.NextDouble());
}
