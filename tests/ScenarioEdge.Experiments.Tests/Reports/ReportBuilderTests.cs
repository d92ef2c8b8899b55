using ScenarioEdge.Experiments.Assignment;
using ScenarioEdge.Experiments.Funnel;
using ScenarioEdge.Experiments.Reports;
using ScenarioEdge.Experiments.Statistics;
using static ScenarioEdge.Experiments.Tests.Reports.TestJourneys;

namespace ScenarioEdge.Experiments.Tests.Reports;

public sealed class ReportBuilderTests
{
    private static readonly ReportOptions Options = new() { Campaign = "c1", AttributionRule = "last touch, 72 h" };

    [Fact]
    public void Build_CountsUnitsAtEveryStagePerArm()
    {
        var report = ReportBuilder.Build([.. Arm("a", 450, 60), .. Arm("b", 450, 45), .. Arm(ArmNames.Holdout, 100, 5)], AB, Options);

        var a = report.Arms.Single(x => x.Arm == "a");
        Assert.Equal(450, a.Exposed);
        Assert.Equal([450L, 450, 450, 60, 60, 0, 60, 60], a.Stages.Select(s => s.Units));
        Assert.Equal(Wilson.Of(60, 450), a.Conversion.Rate);
        Assert.Equal(600, a.Revenue.Total);
        Assert.Equal(600.0 / 450, a.Revenue.Mean, 12);
        var holdout = report.Arms.Single(x => x.Arm == ArmNames.Holdout);
        Assert.Equal(("holdout", 0L, 5L), (holdout.Role, holdout.Stages[(int)FunnelStage.Sent].Units, holdout.Conversion.Units));
        Assert.Equal(1000, report.Exposures);
        Assert.Equal("last touch, 72 h", report.AttributionRule);
        Assert.Equal("shopper", report.Randomisation);
    }

    [Fact]
    public void Build_ComparesEachVariantWithTheHoldout_UsingComparison()
    {
        var report = ReportBuilder.Build([.. Arm("a", 450, 60), .. Arm("b", 450, 45), .. Arm(ArmNames.Holdout, 100, 5)], AB, Options);

        var expected = Comparison.Against(new ArmCounts("holdout", 100, 5, Moments.Of(Enumerable.Range(0, 100).Select(i => i < 5 ? 10.0 : 0))),
            [new ArmCounts("a", 450, 60, Moments.Of(Enumerable.Range(0, 450).Select(i => i < 60 ? 10.0 : 0))),
             new ArmCounts("b", 450, 45, Moments.Of(Enumerable.Range(0, 450).Select(i => i < 45 ? 10.0 : 0)))]);
        Assert.Equal("holdout", report.Baseline);
        Assert.Equal(2, report.Comparisons.Count);
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(expected[i].AbsoluteLift, report.Comparisons[i].AbsoluteLift);
            Assert.Equal(expected[i].AdjustedP, report.Comparisons[i].AdjustedP, 12);
            Assert.Equal(expected[i].RevenueP, report.Comparisons[i].RevenueP, 12);
            Assert.Equal(expected[i].Verdict, report.Comparisons[i].Verdict);
        }

        Assert.Equal(Wilson.Of(5, 100), report.Comparisons[0].BaselineConversion);
    }

    [Fact]
    public void Build_WithoutHoldout_ComparesWithTheGlobalControlAndSaysSo()
    {
        IReadOnlyList<Arm> arms = [new("a", 1)];
        var report = ReportBuilder.Build([.. Arm("a", 300, 30), .. Arm(ArmNames.GlobalControl, 150, 6)], arms, Options);

        Assert.Equal("control", report.Baseline);
        Assert.Equal(ArmNames.GlobalControl, Assert.Single(report.Comparisons).Baseline);
        Assert.Contains(report.Notes, n => n.Contains("global control", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_NoHoldoutNoControl_NoComparisonsAndANote()
    {
        var report = ReportBuilder.Build(Arm("a", 300, 30), [new Arm("a", 1)], Options);

        Assert.Equal("none", report.Baseline);
        Assert.Empty(report.Comparisons);
        Assert.NotEmpty(report.Notes);
    }

    [Fact]
    public void Build_BelowTheMinimum_TooLittleDataWhateverTheLift()
    {
        var report = ReportBuilder.Build([.. Arm("a", 60, 50), .. Arm(ArmNames.Holdout, 60, 1)], AWithHoldout, Options);

        Assert.Equal(Verdict.TooLittleData, Assert.Single(report.Comparisons).Verdict);
        Assert.True(report.Comparisons[0].P < 0.001);
    }

    [Fact]
    public void Build_HoldoutLosesExposures_SampleRatioMismatchAtExposed()
    {
        // 50/50 arms, but a tenth of the holdout's exposure log lost: 5000 against 4500 (χ² = 26.3, p ≈ 3e-7).
        var report = ReportBuilder.Build([.. Arm("a", 5000, 500), .. Arm(ArmNames.Holdout, 4500, 400)], AWithHoldout, Options);

        var exposed = Assert.Single(report.SampleRatio, s => s.Stage == FunnelStage.Exposed);
        Assert.Equal(["a", ArmNames.Holdout], exposed.Arms);
        Assert.True(exposed.Mismatch);
        Assert.True(report.SampleRatioMismatch);
        // One variant: no check after Sent (the holdout is never sent, by design).
        Assert.DoesNotContain(report.SampleRatio, s => s.Stage == FunnelStage.Sent);
    }

    [Fact]
    public void Build_OneVariantsChannelLosesDeliveries_MismatchAtDeliveredOnly()
    {
        var lossy = Arm("b", 900, 40).Select((j, i) => i % 5 == 0 ? j with { DeliveredAt = null } : j);
        var report = ReportBuilder.Build([.. Arm("a", 900, 60), .. lossy, .. Arm(ArmNames.Holdout, 200, 10)], AB, Options);

        Assert.False(report.SampleRatio.Single(s => s.Stage == FunnelStage.Exposed).Mismatch);
        Assert.False(report.SampleRatio.Single(s => s.Stage == FunnelStage.Sent).Mismatch);
        var delivered = report.SampleRatio.Single(s => s.Stage == FunnelStage.Delivered);
        Assert.Equal(["a", "b"], delivered.Arms);
        Assert.True(delivered.Mismatch);
    }

    [Fact]
    public void Build_ControlShareGiven_ControlJoinsTheExposureCheck()
    {
        var options = Options with { GlobalControlShare = 0.05 };
        var healthy = ReportBuilder.Build([.. Arm("a", 950, 60), .. Arm(ArmNames.Holdout, 950, 50), .. Arm(ArmNames.GlobalControl, 100, 5)], AWithHoldout, options);
        var starved = ReportBuilder.Build([.. Arm("a", 950, 60), .. Arm(ArmNames.Holdout, 950, 50), .. Arm(ArmNames.GlobalControl, 40, 5)], AWithHoldout, options);

        var check = healthy.SampleRatio.Single(s => s.Stage == FunnelStage.Exposed);
        Assert.Equal(["a", ArmNames.Holdout, ArmNames.GlobalControl], check.Arms);
        Assert.Equal([0.475, 0.475, 0.05], check.ExpectedShares.Select(s => Math.Round(s, 12)));
        Assert.False(check.Mismatch);
        Assert.True(starved.SampleRatioMismatch);
    }

    [Fact]
    public void Build_FiltersByDayAndStore_AndBreaksDownPerStoreAndDay()
    {
        var day2 = Day1.AddDays(1);
        Journey[] journeys = [.. Arm("a", 200, 20, "s1"), .. Arm("a", 100, 5, "s2", day2), .. Arm(ArmNames.Holdout, 200, 10, "s1"), .. Arm(ArmNames.Holdout, 100, 2, "s2", day2)];

        var all = ReportBuilder.Build(journeys, AWithHoldout, Options);
        var onlyDay2 = ReportBuilder.Build(journeys, AWithHoldout, Options with { From = day2, To = day2 });
        var onlyS1 = ReportBuilder.Build(journeys, AWithHoldout, Options with { Store = "s1" });

        Assert.Equal(["s1", "s2"], all.ByStore.Select(s => s.Key));
        Assert.Equal(["2026-03-02", "2026-03-03"], all.ByDay.Select(s => s.Key));
        Assert.Equal(5, all.ByStore[1].Arms.Single(a => a.Arm == "a").Conversion.Units);
        Assert.Equal(200, onlyDay2.Exposures);
        Assert.Equal(400, onlyS1.Exposures);
        Assert.Equal(["s1"], onlyS1.ByStore.Select(s => s.Key));
    }

    [Fact]
    public void Build_OtherStage_ConvertsAtThatStage()
    {
        var report = ReportBuilder.Build([.. Arm("a", 200, 20), .. Arm(ArmNames.Holdout, 200, 10)], AWithHoldout, Options with { ConversionStage = FunnelStage.Redeemed });

        Assert.Equal(FunnelStage.Redeemed, report.ConversionStage);
        Assert.Equal(FunnelStage.Redeemed, report.Arms[0].Conversion.Stage);
        Assert.Equal(20, report.Arms[0].Conversion.Units);
    }

    [Fact]
    public void Build_DisplayUnits_FlaggedAsClusterRandomised()
    {
        var journeys = Arm("a", 150, 20).Concat(Arm(ArmNames.Holdout, 150, 10)).Select(j => j with { Unit = "display:s1/d1@" + j.Unit });

        var report = ReportBuilder.Build(journeys, AWithHoldout, Options);

        Assert.Equal("displayTimeSlot", report.Randomisation);
        Assert.Contains(report.Notes, n => n.Contains("display × time slot", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_ArmNoLongerConfigured_ShownNotComparedNorChecked()
    {
        var report = ReportBuilder.Build([.. Arm("a", 200, 20), .. Arm("old", 50, 9), .. Arm(ArmNames.Holdout, 200, 10)], AWithHoldout, Options);

        Assert.Equal("unknown", report.Arms.Single(a => a.Arm == "old").Role);
        Assert.DoesNotContain(report.Comparisons, c => c.Arm == "old");
        Assert.All(report.SampleRatio, s => Assert.DoesNotContain("old", s.Arms));
    }

    [Fact]
    public void Build_AlwaysValidP_ReplaysTheDaysAndNeverBeatsTheFixedHorizonTest()
    {
        var journeys = Enumerable.Range(0, 10).SelectMany(d => Arm("a", 300, 45, day: Day1.AddDays(d), prefix: $"d{d}-").Concat(Arm(ArmNames.Holdout, 300, 30, day: Day1.AddDays(d), prefix: $"d{d}-")));

        var row = Assert.Single(ReportBuilder.Build(journeys, AWithHoldout, Options).Comparisons);

        Assert.NotNull(row.AlwaysValidP);
        Assert.InRange(row.AlwaysValidP.Value, row.P, 1);
        Assert.True(row.AlwaysValidP < 0.05, $"15% against 10% over 3000 a side is clear: {row.AlwaysValidP}");
        Assert.Null(Assert.Single(ReportBuilder.Build(journeys, AWithHoldout, Options with { Sequential = false }).Comparisons).AlwaysValidP);
    }

    [Fact]
    public void Build_ReplayedJourneys_CountedOnceAndNoted()
    {
        var holdout = Arm(ArmNames.Holdout, 3000, 300).ToList();
        // The holdout's journeys delivered twice (a replay or a merge fault): counted twice they would fake an SRM.
        var report = ReportBuilder.Build([.. Arm("a", 3000, 300), .. holdout, .. holdout], AWithHoldout, Options);

        Assert.Equal(6000, report.Exposures);
        Assert.False(report.SampleRatioMismatch);
        Assert.Contains(report.Notes, n => n.StartsWith("3000 journeys repeated", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_NonFiniteRevenue_CountsAsZeroNotPoison()
    {
        var journeys = Arm("a", 200, 20).Select((j, i) => i == 0 ? j with { Revenue = double.NaN } : i == 1 ? j with { Revenue = double.PositiveInfinity } : j);

        var report = ReportBuilder.Build([.. journeys, .. Arm(ArmNames.Holdout, 200, 10)], AWithHoldout, Options);

        Assert.Equal(180, report.Arms[0].Revenue.Total);
        Assert.True(double.IsFinite(report.Comparisons[0].RevenueP));
    }

    [Theory]
    [InlineData("from")]
    [InlineData("alpha")]
    [InlineData("stage")]
    [InlineData("globalControlShare")]
    public void Build_MeaninglessOptions_RejectedNamingTheParameter(string parameter)
    {
        var options = parameter switch
        {
            "from" => Options with { From = Day1.AddDays(1), To = Day1 },
            "alpha" => Options with { Alpha = 1.5 },
            "stage" => Options with { ConversionStage = (FunnelStage)42 },
            _ => Options with { GlobalControlShare = -0.1 },
        };

        var error = Assert.Throws<ReportRequestException>(() => ReportBuilder.Build(Arm("a", 10, 1), AWithHoldout, options));

        Assert.Equal(parameter, error.Parameter);
    }

    [Fact]
    public void Build_BadArms_Rejected()
    {
        Assert.Throws<ArgumentException>(() => ReportBuilder.Build([], [new("a", 1), new("a", 1)], Options));
        Assert.Throws<ArgumentException>(() => ReportBuilder.Build([], [new("a", 0)], Options));
        Assert.Throws<ArgumentException>(() => ReportBuilder.Build([], [new(ArmNames.GlobalControl, 1)], Options));
    }
}
