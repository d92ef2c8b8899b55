using System.Text.Json;
using ScenarioEdge.Experiments.Alerts;
using ScenarioEdge.Experiments.Assignment;
using ScenarioEdge.Experiments.Funnel;
using ScenarioEdge.Experiments.Reports;
using ScenarioEdge.Experiments.Tests.Reports;

namespace ScenarioEdge.Experiments.Tests.Alerts;

public sealed class AlertRuleTests
{
    private static readonly DateOnly Start = new(2026, 4, 1);

    private static DailyCount[] Series(params double[] rates) =>
        [.. rates.Select((r, i) => new DailyCount(Start.AddDays(i), 1000, (long)Math.Round(r * 1000)))];

    [Fact]
    public void ConversionDrop_ThreeDaysBelow80PercentOfTheWeekBefore_FiresOnTheThirdDay()
    {
        var alerts = new ConversionDropRule().Evaluate("c1", Series(0.10, 0.10, 0.10, 0.10, 0.10, 0.10, 0.10, 0.07, 0.07, 0.07));

        var alert = Assert.Single(alerts);
        Assert.Equal((AlertKind.ConversionDrop, Start.AddDays(9)), (alert.Kind, alert.Day));
        Assert.Equal(0.10, alert.Figures["trailingRate"], 12);
        Assert.Equal(0.07, alert.Figures["rate3"], 12);
    }

    [Fact]
    public void ConversionDrop_TwoLowDaysThenRecovery_DoesNotFire()
    {
        Assert.Empty(new ConversionDropRule().Evaluate("c1", Series(0.10, 0.10, 0.10, 0.10, 0.10, 0.10, 0.10, 0.07, 0.07, 0.09, 0.07, 0.07)));
    }

    [Fact]
    public void ConversionDrop_JustAbove80Percent_DoesNotFire()
    {
        Assert.Empty(new ConversionDropRule().Evaluate("c1", Series(0.10, 0.10, 0.10, 0.10, 0.10, 0.10, 0.10, 0.081, 0.081, 0.081)));
    }

    [Fact]
    public void ConversionDrop_TooFewExposuresADay_DoesNotFireOnNoise()
    {
        // 100 exposures a day at 10% expect 10 conversions: a 40% fall is within a day's noise there.
        var days = Series(0.10, 0.10, 0.10, 0.10, 0.10, 0.10, 0.10, 0.06, 0.06, 0.06).Select(d => d with { Trials = 100, Successes = d.Successes / 10 }).ToArray();

        Assert.Empty(new ConversionDropRule().Evaluate("c1", days));
    }

    [Fact]
    public void ConversionDrop_LessThanAWeekOfHistory_DoesNotFire()
    {
        Assert.Empty(new ConversionDropRule().Evaluate("c1", Series(0.10, 0.10, 0.10, 0.05, 0.05, 0.05)));
    }

    [Fact]
    public void DeliveryCollapse_TodayUnderHalfTheTrailingRate_Fires()
    {
        var days = Series(0.95, 0.94, 0.96, 0.95, 0.95, 0.93, 0.95, 0.40);

        var alert = Assert.Single(RateCollapseRule.Delivery.Evaluate("c1", days));

        Assert.Equal((AlertKind.DeliveryCollapse, Start.AddDays(7)), (alert.Kind, alert.Day));
        Assert.Contains("delivery rate", alert.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OpenCollapse_FewSendsToday_DoesNotFire()
    {
        var days = Series(0.30, 0.30, 0.30, 0.30, 0.30, 0.30, 0.30).Append(new DailyCount(Start.AddDays(7), 20, 0)).ToArray();

        Assert.Empty(RateCollapseRule.Opens.Evaluate("c1", days));
    }

    [Fact]
    public void Budget_SpendingFasterThanTheBudgetLasts_ProjectsTheRunOutDay()
    {
        var alert = BudgetRule.Evaluate(new BudgetStatus("c1", "k1", Start, 1000, 600, 100, Start.AddDays(9)));

        Assert.NotNull(alert);
        Assert.Equal(4, alert.Figures["daysBudgetLasts"], 12);
        Assert.Equal(10, alert.Figures["daysLeft"]);
        Assert.Contains("2026-04-05", alert.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Budget_EnoughForTheDaysLeft_OrCampaignOver_NoAlert()
    {
        Assert.Null(BudgetRule.Evaluate(new BudgetStatus("c1", "k1", Start, 1000, 600, 40, Start.AddDays(9))));
        Assert.Null(BudgetRule.Evaluate(new BudgetStatus("c1", "k1", Start.AddDays(10), 1000, 600, 400, Start.AddDays(9))));
        Assert.Null(BudgetRule.Evaluate(new BudgetStatus("c1", "k1", Start, 1000, 600, 0, Start.AddDays(9))));
    }

    [Fact]
    public void Budget_AlreadyOverspent_AlertsWithNothingLeft()
    {
        var alert = BudgetRule.Evaluate(new BudgetStatus("c1", "k1", Start, 1000, 1050, 50, Start.AddDays(3)));

        Assert.NotNull(alert);
        Assert.Equal(0, alert.Figures["daysBudgetLasts"]);
    }

    [Fact]
    public void SampleRatio_ReportWithMismatch_OneAlertPerFailingStage_AsJson()
    {
        IReadOnlyList<Arm> arms = [new("a", 0.5), new(ArmNames.Holdout, 0.5, Holdout: true)];
        var report = ReportBuilder.Build([.. TestJourneys.Arm("a", 5000, 500), .. TestJourneys.Arm(ArmNames.Holdout, 4500, 400)], arms, new ReportOptions { Campaign = "c1" });

        var alert = Assert.Single(SampleRatioRule.Evaluate(report, Start));
        using var json = JsonDocument.Parse(AlertJson.Write([alert]));

        Assert.Equal("sampleRatioMismatch", json.RootElement[0].GetProperty("kind").GetString());
        Assert.True(json.RootElement[0].GetProperty("figures").GetProperty("p").GetDouble() < 0.001);
        Assert.Contains("a 5000, holdout 4500", alert.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Series_FromJourneys_CountsPerExposureDay()
    {
        Journey[] journeys = [.. TestJourneys.Arm("a", 10, 3), .. TestJourneys.Arm("a", 5, 1, day: TestJourneys.Day1.AddDays(1), prefix: "x")];

        var series = DailyCount.Series(journeys, FunnelStage.Exposed, FunnelStage.Purchased);

        Assert.Equal([new DailyCount(TestJourneys.Day1, 10, 3), new DailyCount(TestJourneys.Day1.AddDays(1), 5, 1)], series);
    }
}
