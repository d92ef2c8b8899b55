using ScenarioEdge.Experiments.Statistics;

namespace ScenarioEdge.Experiments.Tests;

public sealed class ComparisonTests
{
    private static ArmCounts Arm(string name, long exposed, long converted) =>
        new(name, exposed, converted, Moments.Of(Enumerable.Range(0, (int)exposed).Select(i => i < converted ? 4.0 + (i % 3) : 0.0)));

    [Fact]
    public void Against_SmallArms_TooLittleDataWhateverTheLift()
    {
        var result = Comparison.Against(Arm("holdout", 40, 2), [Arm("a", 40, 20)]);

        Assert.Equal(Verdict.TooLittleData, Assert.Single(result).Verdict);
    }

    [Fact]
    public void Against_TwoVariants_HolmAdjustsAndTheClearWinnerIsBetter()
    {
        var result = Comparison.Against(Arm("holdout", 5000, 450), [Arm("a", 5000, 560), Arm("b", 5000, 470)]);

        var (a, b) = (result[0], result[1]);
        Assert.Equal(Verdict.Better, a.Verdict);
        Assert.Equal(Verdict.NoDifference, b.Verdict);
        Assert.True(a.AdjustedP >= a.P && b.AdjustedP >= b.P);
        Assert.Equal(Math.Min(1, 2 * a.P), a.AdjustedP, 12);
        Assert.True(a.AbsoluteLift.Excludes(0) && a.RelativeLift.Excludes(0));
        Assert.True(a.RevenueP < 0.05);
    }

    [Fact]
    public void Moments_MergedInParts_EqualTheWhole()
    {
        double[] values = [3, 0, 0, 7.5, 2, 0, 11, 4];
        var whole = Moments.Of(values);
        var merged = Moments.Of(values[..3]).Merge(Moments.Of(values[3..]));

        Assert.Equal(whole.Count, merged.Count);
        Assert.Equal(whole.Mean, merged.Mean, 12);
        Assert.Equal(whole.Variance, merged.Variance, 12);
    }
}
