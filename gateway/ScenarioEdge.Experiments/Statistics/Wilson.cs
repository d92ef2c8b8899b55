namespace ScenarioEdge.Experiments.Statistics;

/// <summary>
/// Wilson's score interval for a proportion: well behaved near 0 and 1 and for small samples, where the textbook
/// (Wald) interval collapses or leaves [0, 1]. Newcombe (1998), "Two-sided confidence intervals for the single
/// proportion", Statistics in Medicine 17:857–872, method 3.
/// </summary>
public static class Wilson
{
    public static Interval Of(long successes, long trials, double confidence = 0.95)
    {
        Check(successes, trials);
        if (trials == 0)
        {
            return new Interval(double.NaN, 0, 1);
        }

        var z = Normal.Critical(confidence);
        var n = (double)trials;
        var p = successes / n;
        var z2 = z * z;
        var centre = (p + (z2 / (2 * n))) / (1 + (z2 / n));
        var half = z * Math.Sqrt((p * (1 - p) / n) + (z2 / (4 * n * n))) / (1 + (z2 / n));
        // At 0 or n successes the bound is exactly 0 or 1; rounding must not put it a hair inside.
        return new Interval(p, successes == 0 ? 0 : Math.Max(0, centre - half), successes == trials ? 1 : Math.Min(1, centre + half));
    }

    internal static void Check(long successes, long trials)
    {
        if (trials < 0 || successes < 0 || successes > trials)
        {
            throw new ArgumentOutOfRangeException(nameof(successes), $"{successes} successes of {trials} trials is not a proportion");
        }
    }
}
