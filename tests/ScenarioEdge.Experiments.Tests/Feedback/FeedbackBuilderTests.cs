using System.Text.Json;
using ScenarioEdge.Experiments.Feedback;
using ScenarioEdge.Experiments.Funnel;
using ScenarioEdge.Experiments.Statistics;
using ScenarioEdge.Experiments.Tests.Reports;

namespace ScenarioEdge.Experiments.Tests.Feedback;

public sealed class FeedbackBuilderTests
{
    /// <summary>Engaged shoppers: near the shelf 60 of 100 convert, far from it 10 of 100; plus 50 never opened.</summary>
    private static IEnumerable<Journey> NearConvertsFarDoesNot()
    {
        for (var i = 0; i < 100; i++)
        {
            yield return Engaged($"n{i}", i < 60, new JourneyFeatures { DistanceToShelfM = 1.5, CouponValue = 10, Scene = "inStore", LocalHour = 10 });
            yield return Engaged($"f{i}", i < 10, new JourneyFeatures { DistanceToShelfM = 20, CouponValue = 10, Scene = "inStore", LocalHour = 18 });
        }

        for (var i = 0; i < 50; i++)
        {
            yield return TestJourneys.Make($"x{i}", "a", FunnelStage.Delivered);
        }
    }

    private static Journey Engaged(string unit, bool converted, JourneyFeatures features) =>
        TestJourneys.Make(unit, "a", converted ? FunnelStage.Redeemed : FunnelStage.Clicked) with { Features = features };

    [Fact]
    public void Build_CountsOnlyEngagedUnits_SplitsConverted()
    {
        var report = FeedbackBuilder.Build("c1", NearConvertsFarDoesNot());

        Assert.Equal((200L, 70L, 130L), (report.Engaged, report.Converted, report.NotConverted));
        Assert.Equal(["distanceToShelf", "couponValue", "scene", "sceneConfidence", "timeOfDay", "dwell", "displayAlsoShowed"], report.Features.Select(f => f.Feature));
    }

    [Fact]
    public void Build_RanksLevelsByTheDifferenceAgainstTheRest_WithNewcombeIntervals()
    {
        var distance = FeedbackBuilder.Build("c1", NearConvertsFarDoesNot()).Features.Single(f => f.Feature == "distanceToShelf");

        Assert.Equal(["<2 m", "≥15 m"], distance.Levels.Select(l => l.Level));
        var near = distance.Levels[0];
        Assert.Equal(Lift.Absolute(60, 100, 10, 100), near.Difference);
        Assert.Equal(0.5, near.Difference.Estimate, 12);
        Assert.True(near.Difference.Excludes(0));
        Assert.Equal(-0.5, distance.Levels[1].Difference.Estimate, 12);
    }

    [Fact]
    public void Build_OneLevelOnly_DifferenceUndefinedNotAnError()
    {
        var report = FeedbackBuilder.Build("c1", NearConvertsFarDoesNot());

        var coupon = Assert.Single(report.Features.Single(f => f.Feature == "couponValue").Levels);
        Assert.Equal(("10–20", 0L), (coupon.Level, coupon.RestUnits));
        Assert.True(double.IsNaN(coupon.Difference.Estimate));
        using var json = JsonDocument.Parse(FeedbackJson.Write(report));
        Assert.Equal(200, json.RootElement.GetProperty("engaged").GetInt64());
    }

    [Fact]
    public void Build_MissingFeatures_LandInUnknownNotInABand()
    {
        var report = FeedbackBuilder.Build("c1", [TestJourneys.Make("u", "a", FunnelStage.Opened)]);

        Assert.All(report.Features, f => Assert.Equal(FeedbackBands.Unknown, Assert.Single(f.Levels).Level));
    }

    [Theory]
    [InlineData(5, "night")]
    [InlineData(6, "morning")]
    [InlineData(13, "midday")]
    [InlineData(16, "afternoon")]
    [InlineData(20, "evening")]
    [InlineData(23, "night")]
    [InlineData(-1, "unknown")]
    public void TimeOfDay_Bands(int hour, string band) => Assert.Equal(band, FeedbackBands.TimeOfDay(hour));
}
