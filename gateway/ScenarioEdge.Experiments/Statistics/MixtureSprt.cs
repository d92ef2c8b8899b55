namespace ScenarioEdge.Experiments.Statistics;

/// <summary>
/// The mixture sequential probability ratio test for a difference in conversion (Johari, Pekelis and Walsh, "Always
/// valid inference: continuous monitoring of A/B tests", Operations Research 70(3), 2022): a normal mixture N(0, τ²)
/// over the effect, against the estimate's own variance. Its p-value stays valid however often a live report is
/// looked at (daily, hourly), where a fixed-horizon z-test watched daily rejects a true null far more often than 5%.
/// </summary>
public static class MixtureSprt
{
    /// <summary>The mixing spread τ on the absolute difference in conversion: tuned for effects of about 2 points.</summary>
    public const double DefaultTau = 0.02;

    /// <summary>
    /// The mixture likelihood ratio Λ for the current counts (H₀: no difference); reject at level α when Λ ≥ 1/α.
    /// </summary>
    public static double LikelihoodRatio(long x1, long n1, long x2, long n2, double tau = DefaultTau)
    {
        Wilson.Check(x1, n1);
        Wilson.Check(x2, n2);
        if (n1 == 0 || n2 == 0)
        {
            return 1;
        }

        double p1 = (double)x1 / n1, p2 = (double)x2 / n2;
        // Variance of the estimate under H₀ (pooled), so that a zero on one side cannot fake certainty.
        var pooled = (double)(x1 + x2) / (n1 + n2);
        var v = pooled * (1 - pooled) * ((1.0 / n1) + (1.0 / n2));
        if (v == 0)
        {
            return 1;
        }

        var t2 = tau * tau;
        var d = p1 - p2;
        return Math.Sqrt(v / (v + t2)) * Math.Exp(t2 * d * d / (2 * v * (v + t2)));
    }

    /// <summary>
    /// The always-valid p-value after this look: the smallest 1/Λ seen so far (pass the previous look's value, 1 at
    /// the first), so it never rises as data come in.
    /// </summary>
    public static double AlwaysValidP(double previous, long x1, long n1, long x2, long n2, double tau = DefaultTau) =>
        Math.Min(previous, Math.Min(1, 1 / LikelihoodRatio(x1, n1, x2, n2, tau)));
}
