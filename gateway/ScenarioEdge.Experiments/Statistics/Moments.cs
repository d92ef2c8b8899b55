namespace ScenarioEdge.Experiments.Statistics;

/// <summary>
/// Count, mean and variance of a value per unit (revenue per shopper), kept as running sums that merge exactly, so a
/// report adds up days and stores without the raw values. Welford's update for stability.
/// </summary>
public readonly record struct Moments(long Count, double Mean, double SumSquares)
{
    /// <summary>The sample variance (n − 1), NaN below two values.</summary>
    public double Variance => Count > 1 ? SumSquares / (Count - 1) : double.NaN;

    public Moments Add(double value)
    {
        var count = Count + 1;
        var delta = value - Mean;
        var mean = Mean + (delta / count);
        return new Moments(count, mean, SumSquares + (delta * (value - mean)));
    }

    /// <summary>Chan et al.'s pairwise merge.</summary>
    public Moments Merge(Moments other)
    {
        if (other.Count == 0)
        {
            return this;
        }

        if (Count == 0)
        {
            return other;
        }

        var count = Count + other.Count;
        var delta = other.Mean - Mean;
        return new Moments(count, Mean + (delta * other.Count / count), SumSquares + other.SumSquares + (delta * delta * Count * other.Count / count));
    }

    public static Moments Of(IEnumerable<double> values) => (values ?? []).Aggregate(default(Moments), (m, v) => m.Add(v));
}
