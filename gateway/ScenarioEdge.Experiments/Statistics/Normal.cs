using MathNet.Numerics.Distributions;

namespace ScenarioEdge.Experiments.Statistics;

/// <summary>The standard normal quantiles and tails the tests share.</summary>
internal static class Normal
{
    /// <summary>z with P(|Z| ≤ z) = <paramref name="confidence"/> (1.959964 for 95%).</summary>
    public static double Critical(double confidence)
    {
        if (confidence is <= 0 or >= 1 || double.IsNaN(confidence))
        {
            throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "a confidence is between 0 and 1, e.g. 0.95");
        }

        return MathNet.Numerics.Distributions.Normal.InvCDF(0, 1, 1 - ((1 - confidence) / 2));
    }

    /// <summary>P(|Z| ≥ |z|).</summary>
    public static double TwoSidedP(double z) => double.IsNaN(z) ? double.NaN : 2 * MathNet.Numerics.Distributions.Normal.CDF(0, 1, -Math.Abs(z));
}
