using MathNet.Numerics.Distributions;

namespace ScenarioEdge.Experiments.Statistics;

/// <summary>
/// Sample-ratio mismatch: Pearson's chi-square goodness of fit of the arms' counts at one funnel stage against the
/// weights the assignment promised. A broken assignment, a lossy channel or a biased filter shows up here first, so
/// a report flags it at <see cref="Threshold"/> (p &lt; 0.001: strict, because it is checked at every stage and day).
/// </summary>
public static class SampleRatio
{
    public const double Threshold = 0.001;

    public static (double ChiSquare, int DegreesOfFreedom, double P, bool Mismatch) Of(IReadOnlyList<long> observed, IReadOnlyList<double> weights)
    {
        ArgumentNullException.ThrowIfNull(observed);
        ArgumentNullException.ThrowIfNull(weights);
        if (observed.Count != weights.Count || observed.Count < 2)
        {
            throw new ArgumentException($"{observed.Count} counts for {weights.Count} weights: one count per arm, at least two arms");
        }

        var total = observed.Sum();
        var weightSum = weights.Sum();
        if (total == 0 || weightSum <= 0 || weights.Any(w => w <= 0 || double.IsNaN(w)))
        {
            return (double.NaN, observed.Count - 1, double.NaN, false);
        }

        var chi = 0.0;
        for (var i = 0; i < observed.Count; i++)
        {
            var expected = total * weights[i] / weightSum;
            chi += (observed[i] - expected) * (observed[i] - expected) / expected;
        }

        var df = observed.Count - 1;
        var p = 1 - ChiSquared.CDF(df, chi);
        return (chi, df, p, p < Threshold);
    }
}
