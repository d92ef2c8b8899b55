using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using ScenarioEdge.Experiments.Alerts;
using ScenarioEdge.Gateway.Campaigns;
using ScenarioEdge.Gateway.Experiments;
using ScenarioEdge.Gateway.Observability;
using ScenarioEdge.Gateway.Tests.Infrastructure;
using static ScenarioEdge.Gateway.Tests.Experiments.ExperimentRig;

namespace ScenarioEdge.Gateway.Tests.Experiments;

/// <summary>
/// The coupon budget projection through a real gateway and ledger: codes issued through the hosted ledger make the
/// daily check project the budget's run-out against the campaign's end, and alert only when it comes first.
/// </summary>
public sealed class BudgetAlertTests
{
    [Fact]
    public async Task DailyCheck_BudgetSpentFasterThanTheCampaignLasts_RaisesOneBudgetAlert()
    {
        var day = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        var (gateway, issuer) = await StartAsync(budget: 10, endsInDays: 10);
        await using var _ = gateway;
        Issue(issuer, "x-bud", count: 5);

        var monitor = gateway.App.Services.GetRequiredService<ExperimentAlertMonitor>();
        var raised = await monitor.CheckAsync(day, CancellationToken.None);
        var again = await monitor.CheckAsync(day, CancellationToken.None);

        // 5 of 10 spent on the coupon's first day: 5 a day lasts one more day, the campaign ten.
        var alert = Assert.Single(raised, a => a.Kind == AlertKind.BudgetExhaustion);
        Assert.Equal(("x-bud", 10.0, 5.0, 5.0), (alert.Campaign, alert.Figures["budget"], alert.Figures["spent"], alert.Figures["spentPerDay"]));
        Assert.Contains("coupon bud-10 of x-bud", alert.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(again, a => a.Kind == AlertKind.BudgetExhaustion);
        Assert.Equal(1, gateway.App.Services.GetRequiredService<GatewayMetrics>().ExperimentAlerts["budgetExhaustion"]);
    }

    [Theory]
    [InlineData(1000, 10)]   // 5 a day of 1,000 lasts 199 days, the campaign 10
    [InlineData(10, 0)]      // no end: the budget cannot run out before it
    public async Task DailyCheck_BudgetOutlastsTheCampaign_NoBudgetAlert(int budget, int endsInDays)
    {
        var day = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        var (gateway, issuer) = await StartAsync(budget, endsInDays);
        await using var _ = gateway;
        Issue(issuer, "x-bud", count: 5);

        var raised = await gateway.App.Services.GetRequiredService<ExperimentAlertMonitor>().CheckAsync(day, CancellationToken.None);

        Assert.DoesNotContain(raised, a => a.Kind == AlertKind.BudgetExhaustion);
    }

    private static async Task<(GatewayFixture Gateway, ICouponIssuer Issuer)> StartAsync(int budget, int endsInDays)
    {
        var coupons = Directory.CreateTempSubdirectory("se-bud-").FullName;
        await File.WriteAllTextAsync(Path.Combine(coupons, "bud-10.yaml"), $"""
            id: bud-10
            version: 1
            name: A euro off, budgeted
            kind: amount
            value: 1
            scope: {"{"} categories: [snacks] {"}"}
            validity: {"{"} days: 7 {"}"}
            budget: {"{"} count: {budget} {"}"}
            perShopper: 1
            stores: [store-w]
            """);
        var end = endsInDays > 0
            ? "schedule: { end: " + TimeProvider.System.GetUtcNow().AddDays(endsInDays).ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture) + " }"
            : "";
        var campaign = Campaign("x-bud", end).Replace("deepLink: app://offers/x-bud", "deepLink: app://offers/x-bud, couponRef: bud-10", StringComparison.Ordinal);
        var gateway = await ExperimentRig.StartAsync(Folder(("x-bud.yaml", campaign)), new Dictionary<string, string?> { ["Gateway:Coupons:Folder"] = coupons }, campaigns: "x-bud");
        return (gateway, gateway.App.Services.GetRequiredService<ICouponIssuer>());
    }

    private static void Issue(ICouponIssuer issuer, string campaign, int count)
    {
        var at = TimeProvider.System.GetUtcNow();
        for (var i = 0; i < count; i++)
        {
            var issue = issuer.Issue(new CouponRequest("bud-10", campaign, $"shopper-{i}", "store-w", "zoneEntered", at));
            Assert.NotNull(issue.Code);
        }
    }
}
