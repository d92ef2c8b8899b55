using ScenarioEdge.Experiments.Statistics;

namespace ScenarioEdge.Experiments.Tests;

/// <summary>
/// Every statistic against values computed elsewhere, each cited. "Python" means an independent implementation in
/// Python 3.11's standard library (math.erfc, statistics.NormalDist, and for Student's t a 200,000-step Simpson
/// integration of the density), written for these tests from the textbook formulas, not from this code.
/// </summary>
public sealed class ReferenceStatisticsTests
{
    private const int Digits = 4;

    // Newcombe (1998a), Statistics in Medicine 17:857–872, Table I, method 3 (Wilson score without continuity correction).
    [Theory]
    [InlineData(81, 263, 0.2553, 0.3662)]
    [InlineData(15, 148, 0.0624, 0.1605)]
    [InlineData(0, 20, 0.0000, 0.1611)]
    [InlineData(1, 29, 0.0061, 0.1718)]
    [InlineData(29, 29, 0.8830, 1.0000)]
    public void Wilson_NewcombesExamples_MatchTheTable(long x, long n, double low, double high)
    {
        var interval = Wilson.Of(x, n);

        Assert.Equal(low, interval.Low, Digits);
        Assert.Equal(high, interval.High, Digits);
        Assert.Equal((double)x / n, interval.Estimate, 12);
    }

    // Newcombe (1998b), Statistics in Medicine 17:873–890, Table II, method 10: 56/70 − 48/80 = 0.2000 (0.0524, 0.3339);
    // 9/10 − 3/10 = 0.6000 (0.1705, 0.8090).
    [Theory]
    [InlineData(56, 70, 48, 80, 0.2000, 0.0524, 0.3339)]
    [InlineData(9, 10, 3, 10, 0.6000, 0.1705, 0.8090)]
    public void AbsoluteLift_NewcombesExamples_MatchTheTable(long x1, long n1, long x2, long n2, double d, double low, double high)
    {
        var lift = Lift.Absolute(x1, n1, x2, n2);

        Assert.Equal((d, low, high), (Math.Round(lift.Estimate, Digits), Math.Round(lift.Low, Digits), Math.Round(lift.High, Digits)));
    }

    // Python: pooled two-proportion z, p = 2(1 − Φ(|z|)).
    [Theory]
    [InlineData(56, 70, 48, 80, 2.650172, 0.008045)]
    [InlineData(120, 1000, 100, 1000, 1.429301, 0.152918)]
    public void TwoProportionTest_MatchesAnIndependentComputation(long x1, long n1, long x2, long n2, double z, double p)
    {
        var test = TwoProportionTest.Of(x1, n1, x2, n2);

        Assert.Equal(z, test.Z, 1e-6);
        Assert.Equal(p, test.P, 1e-6);
    }

    // Python: Katz log interval for the ratio of proportions, minus 1.
    [Fact]
    public void RelativeLift_MatchesAnIndependentComputation()
    {
        var lift = Lift.Relative(120, 1000, 100, 1000);

        Assert.Equal((0.2000, -0.0659, 0.5416), (Math.Round(lift.Estimate, Digits), Math.Round(lift.Low, Digits), Math.Round(lift.High, Digits)));
    }

    // Wikipedia, "Welch's t-test", example 1 (t = −2.46, ν = 25.0, p = 0.021), and Python to more digits:
    // t = −2.455356, ν = 24.988529, p = 0.021378.
    [Fact]
    public void Welch_WikipediasFirstExample_MatchesToSixDigits()
    {
        var a = Moments.Of([27.5, 21.0, 19.0, 23.6, 17.0, 17.9, 16.9, 20.1, 21.9, 22.6, 23.1, 19.6, 19.0, 21.7, 21.4]);
        var b = Moments.Of([27.1, 22.0, 20.8, 23.4, 23.4, 23.5, 25.8, 22.0, 24.8, 20.2, 21.9, 22.1, 22.9, 20.5, 24.4]);

        var test = WelchTest.Of(a, b);

        Assert.Equal(-2.455356, test.T, 1e-6);
        Assert.Equal(24.988529, test.DegreesOfFreedom, 1e-6);
        Assert.Equal(0.021378, test.P, 1e-6);
        Assert.True(test.Difference.Excludes(0));
        Assert.Equal(-2.166667, test.Difference.Estimate, 5);
    }

    // Closed forms of the chi-square tail (Python): ν = 1: erfc(√(x/2)); ν = 2: e^(−x/2); ν = 3: erfc(√(x/2)) + √(2x/π)·e^(−x/2).
    [Theory]
    [InlineData(new long[] { 5100, 4900 }, new[] { 1.0, 1.0 }, 4.0, 0.045500263896358396, false)]
    [InlineData(new long[] { 1000, 1080, 920 }, new[] { 1.0, 1.0, 1.0 }, 12.8, 0.001661557273173934, false)]
    [InlineData(new long[] { 2600, 2400, 2500, 2500 }, new[] { 1.0, 1.0, 1.0, 1.0 }, 8.0, 0.04601170568923137, false)]
    [InlineData(new long[] { 9400, 600 }, new[] { 0.95, 0.05 }, 21.05263157894737, 4.468387345230041e-06, true)]
    public void SampleRatio_MatchesTheClosedForms(long[] observed, double[] weights, double chi, double p, bool mismatch)
    {
        var test = SampleRatio.Of(observed, weights);

        Assert.Equal(chi, test.ChiSquare, 1e-6);
        Assert.Equal(p, test.P, 1e-9 * p);
        Assert.Equal(mismatch, test.Mismatch);
    }

    // Holm (1979) by hand: sorted 0.01·3 = 0.03, 0.03·2 = 0.06, max(0.06, 0.04·1) = 0.06; NaN (an arm without data) is left out.
    [Fact]
    public void Holm_ThreeVariants_AdjustedStepDownAndMonotone()
    {
        Assert.Equal([0.03, 0.06, 0.06], Holm.Adjust([0.01, 0.04, 0.03]), (a, b) => Math.Abs(a - b) < 1e-12);
        var withGap = Holm.Adjust([0.02, double.NaN, 0.5]);
        Assert.Equal(0.04, withGap[0], 12);
        Assert.True(double.IsNaN(withGap[1]));
        Assert.Equal(0.5, withGap[2], 12);
    }

    // Python: Λ = √(v/(v+τ²))·exp(τ²d²/(2v(v+τ²))), v the pooled variance of the difference, τ = 0.02.
    [Theory]
    [InlineData(560, 5000, 450, 5000, 129.725534)]
    [InlineData(120, 1000, 100, 1000, 1.138102)]
    public void MixtureSprt_LikelihoodRatio_MatchesAnIndependentComputation(long x1, long n1, long x2, long n2, double lambda)
    {
        Assert.Equal(lambda, MixtureSprt.LikelihoodRatio(x1, n1, x2, n2), 1e-6 * lambda);
    }
}
