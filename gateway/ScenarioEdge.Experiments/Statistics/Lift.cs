namespace ScenarioEdge.Experiments.Statistics;

/// <summary>A variant's conversion against the holdout's: absolute and relative lift, each with its interval.</summary>
public static class Lift
{
    /// <summary>
    /// p₁ − p₂ with Newcombe's hybrid score interval (method 10 of Newcombe 1998, "Interval estimation for the
    /// difference between independent proportions", Statistics in Medicine 17:873–890), built from the two Wilson
    /// intervals: it keeps its coverage for small counts and rates near 0, where the Wald interval does not.
    /// </summary>
    public static Interval Absolute(long x1, long n1, long x2, long n2, double confidence = 0.95)
    {
        var a = Wilson.Of(x1, n1, confidence);
        var b = Wilson.Of(x2, n2, confidence);
        if (n1 == 0 || n2 == 0)
        {
            return new Interval(double.NaN, -1, 1);
        }

        var d = a.Estimate - b.Estimate;
        var low = d - Math.Sqrt(Square(a.Estimate - a.Low) + Square(b.High - b.Estimate));
        var high = d + Math.Sqrt(Square(a.High - a.Estimate) + Square(b.Estimate - b.Low));
        return new Interval(d, low, high);
    }

    /// <summary>
    /// p₁ / p₂ − 1 with the log (Katz) interval for a ratio of proportions; with 0 successes on either side a half is
    /// added to every cell (the usual continuity correction) so that the interval exists.
    /// </summary>
    public static Interval Relative(long x1, long n1, long x2, long n2, double confidence = 0.95)
    {
        Wilson.Check(x1, n1);
        Wilson.Check(x2, n2);
        if (n1 == 0 || n2 == 0 || x2 == 0 && x1 == 0)
        {
            return new Interval(double.NaN, double.NegativeInfinity, double.PositiveInfinity);
        }

        var corrected = x1 == 0 || x2 == 0 ? 0.5 : 0;
        double a = x1 + corrected, b = x2 + corrected, m = n1 + (2 * corrected), n = n2 + (2 * corrected);
        var ratio = a / m / (b / n);
        var se = Math.Sqrt((1 / a) - (1 / m) + (1 / b) - (1 / n));
        var z = Normal.Critical(confidence);
        return new Interval((double)x1 / n1 / ((double)x2 / n2) - 1, (ratio * Math.Exp(-z * se)) - 1, (ratio * Math.Exp(z * se)) - 1);
    }

    private static double Square(double v) => v * v;
}
