namespace ScenarioEdge.Experiments.Statistics;

/// <summary>The two-proportion z-test with the pooled standard error (H₀: p₁ = p₂), two-sided.</summary>
public static class TwoProportionTest
{
    public static (double Z, double P) Of(long x1, long n1, long x2, long n2)
    {
        Wilson.Check(x1, n1);
        Wilson.Check(x2, n2);
        if (n1 == 0 || n2 == 0)
        {
            return (double.NaN, double.NaN);
        }

        var pooled = (double)(x1 + x2) / (n1 + n2);
        var se = Math.Sqrt(pooled * (1 - pooled) * ((1.0 / n1) + (1.0 / n2)));
        if (se == 0)
        {
            // Everyone or no one converted on both sides: no evidence of a difference.
            return (0, 1);
        }

        var z = (((double)x1 / n1) - ((double)x2 / n2)) / se;
        return (z, Normal.TwoSidedP(z));
    }
}
