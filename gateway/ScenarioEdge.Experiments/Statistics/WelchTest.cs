using MathNet.Numerics.Distributions;

namespace ScenarioEdge.Experiments.Statistics;

/// <summary>
/// Welch's t-test for a difference in means with unequal variances (revenue per shopper, a variant against the
/// holdout), with the Welch–Satterthwaite degrees of freedom; the interval is for the difference of the means.
/// </summary>
public static class WelchTest
{
    public static (double T, double DegreesOfFreedom, double P, Interval Difference) Of(Moments a, Moments b, double confidence = 0.95)
    {
        if (a.Count < 2 || b.Count < 2)
        {
            return (double.NaN, double.NaN, double.NaN, new Interval(a.Mean - b.Mean, double.NegativeInfinity, double.PositiveInfinity));
        }

        var va = a.Variance / a.Count;
        var vb = b.Variance / b.Count;
        var se = Math.Sqrt(va + vb);
        var difference = a.Mean - b.Mean;
        if (se == 0)
        {
            return (double.NaN, double.NaN, difference == 0 ? 1 : 0, new Interval(difference, difference, difference));
        }

        var t = difference / se;
        var df = (va + vb) * (va + vb) / ((va * va / (a.Count - 1)) + (vb * vb / (b.Count - 1)));
        var p = 2 * StudentT.CDF(0, 1, df, -Math.Abs(t));
        var critical = StudentT.InvCDF(0, 1, df, 1 - ((1 - confidence) / 2));
        return (t, df, p, new Interval(difference, difference - (critical * se), difference + (critical * se)));
    }
}
