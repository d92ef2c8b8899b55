using System.Globalization;
using ScenarioEdge.Experiments.Assignment;
using ScenarioEdge.Experiments.Statistics;

namespace ScenarioEdge.Experiments.Tests;

public sealed class AssignmentTests
{
    private static readonly Arm[] Even = [new("holdout", 1, Holdout: true), new("a", 1), new("b", 1)];

    // Python: int.from_bytes(hashlib.sha256(b"exp-1\nshp-abc").digest()[:8], "big") >> 11, divided by 2**53.
    [Theory]
    [InlineData("exp-1", "shp-abc", 0.9661634033781274)]
    [InlineData("global-control", "shp-AjEStCwu1bnI0KsGfC4C", 0.28509115508018235)]
    public void Bucket_IsSha256OfSaltAndUnit_TheSameEverywhere(string salt, string unit, double expected) =>
        Assert.Equal(expected, Bucket.Of(salt, unit));

    [Fact]
    public void Assign_TwoHundredThousandShoppers_NoSampleRatioMismatchAndIndependentOfTheGlobalControl()
    {
        var counts = new long[3];
        long controlInA = 0, inA = 0, control = 0;
        for (var i = 0; i < 200_000; i++)
        {
            var shopper = "shp-" + i.ToString(CultureInfo.InvariantCulture);
            var arm = Assigner.Assign("exp-7", shopper, Even);
            counts[Array.IndexOf(Even, arm)]++;
            var inControl = Assigner.InGlobalControl(shopper);
            control += inControl ? 1 : 0;
            if (arm.Name == "a")
            {
                inA++;
                controlInA += inControl ? 1 : 0;
            }
        }

        Assert.False(SampleRatio.Of(counts, [1.0, 1, 1]).Mismatch, string.Join(", ", counts));
        Assert.False(SampleRatio.Of([control, 200_000 - control], [0.05, 0.95]).Mismatch, $"{control} in the global control");
        // The control group is the same share inside an arm as overall: the salts are independent.
        Assert.InRange((double)controlInA / inA, 0.045, 0.055);
    }

    [Fact]
    public void Assign_WeightsChangedFromEvenToSixtyForty_OnlyTheShoppersBetweenTheOldAndNewBoundaryMove()
    {
        Arm[] before = [new("holdout", 1, Holdout: true), new("a", 1)];
        Arm[] after = [new("holdout", 3, Holdout: true), new("a", 2)];
        var moved = 0;
        for (var i = 0; i < 10_000; i++)
        {
            var shopper = "shp-" + i.ToString(CultureInfo.InvariantCulture);
            var (old, now) = (Assigner.Assign("exp-9", shopper, before), Assigner.Assign("exp-9", shopper, after));
            if (old.Name != now.Name)
            {
                moved++;
                // Only from a to the holdout, and only those whose bucket lies between 0.5 and 0.6.
                Assert.Equal(("a", "holdout"), (old.Name, now.Name));
                Assert.InRange(Bucket.Of("exp-9", shopper), 0.5, 0.6);
            }
        }

        Assert.InRange(moved, 900, 1100);
    }

    [Fact]
    public void Assign_BadWeights_RefusedNamingTheArm()
    {
        var error = Assert.Throws<ArgumentException>(() => Assigner.Assign("s", "u", [new Arm("a", 1), new Arm("b", 0)]));
        Assert.Contains("arm 'b'", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => Assigner.Assign("s", "u", []));
        Assert.Throws<ArgumentOutOfRangeException>(() => Assigner.InGlobalControl("u", 1.5));
    }
}
