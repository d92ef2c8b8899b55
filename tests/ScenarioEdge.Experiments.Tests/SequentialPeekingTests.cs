using ScenarioEdge.Experiments.Statistics;

namespace ScenarioEdge.Experiments.Tests;

/// <summary>
/// Why the sequential test exists: an A/A experiment (no true difference) watched every day for 30 days. Stopping at
/// the first daily look with a fixed-horizon z-test p &lt; 0.05 declares a winner far more often than 5%; the mixture
/// SPRT's always-valid p-value stays at or below 5%. Seeded, so the figures are the same on every run.
/// </summary>
public sealed class SequentialPeekingTests
{
    [Fact]
    public void AaExperiment_WatchedDailyForThirtyDays_MsprtKeepsFalsePositivesAtAlphaWhereTheZTestDoesNot()
    {
        const int Experiments = 400, Days = 30, PerArmPerDay = 200;
        const double Rate = 0.1, Alpha = 0.05;
        var random = new Random(20261130);
        int zFalse = 0, sprtFalse = 0;
        for (var e = 0; e < Experiments; e++)
        {
            long x1 = 0, n1 = 0, x2 = 0, n2 = 0;
            var p = 1.0;
            bool zHit = false, sprtHit = false;
            for (var day = 0; day < Days; day++)
            {
                for (var i = 0; i < PerArmPerDay; i++)
                {
                    x1 += random.NextDouble() < Rate ? 1 : 0;
                    x2 += random.NextDouble() < Rate ? 1 : 0;
                }

                n1 += PerArmPerDay;
                n2 += PerArmPerDay;
                zHit |= TwoProportionTest.Of(x1, n1, x2, n2).P < Alpha;
                p = MixtureSprt.AlwaysValidP(p, x1, n1, x2, n2);
                sprtHit |= p < Alpha;
            }

            zFalse += zHit ? 1 : 0;
            sprtFalse += sprtHit ? 1 : 0;
        }

        var zRate = (double)zFalse / Experiments;
        var sprtRate = (double)sprtFalse / Experiments;
        Assert.True(zRate > 0.15, $"daily-peeked z-test false positives {zRate:P1}: expected far above 5%");
        // The bound is exact in theory; 400 runs give an upper 95% Wilson bound over the observed rate.
        Assert.True(Wilson.Of(sprtFalse, Experiments).Low <= Alpha, $"mSPRT false positives {sprtRate:P1}");
        Assert.True(sprtRate <= 0.06, $"mSPRT false positives {sprtRate:P1}");
    }

    [Fact]
    public void RealEffect_MsprtDetectsIt()
    {
        var random = new Random(7);
        long x1 = 0, n1 = 0, x2 = 0, n2 = 0;
        var p = 1.0;
        for (var day = 0; day < 30; day++)
        {
            for (var i = 0; i < 500; i++)
            {
                x1 += random.NextDouble() < 0.13 ? 1 : 0;
                x2 += random.NextDouble() < 0.10 ? 1 : 0;
            }

            n1 += 500;
            n2 += 500;
            p = MixtureSprt.AlwaysValidP(p, x1, n1, x2, n2);
        }

        Assert.True(p < 0.01, $"always-valid p {p} after 15,000 per arm with a 3-point lift");
    }
}
