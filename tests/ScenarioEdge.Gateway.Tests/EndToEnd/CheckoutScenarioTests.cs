using ScenarioEdge.Gateway.Tests.Infrastructure;

namespace ScenarioEdge.Gateway.Tests.EndToEnd;

/// <summary>
/// The coupon and points loops of the demo store through a simulated till and app (simulator scenarios
/// coupon-redeem.yaml and share-and-earn.yaml), on the demo campaigns and coupons, against a real gateway over real MQTT.
/// </summary>
public sealed class CheckoutScenarioTests
{
    [Fact]
    public async Task Scenario_CouponRedeem_TillRedeemsTheAppsCouponOnceRetryAnsweredAlikeSecondRefused()
    {
        await using var gateway = await GatewayFixture.StartAsync(settings: ScenarioRuns.DemoCampaigns());

        var output = await ScenarioRuns.PlayAsync(gateway, "coupon-redeem.yaml", 3);

        Assert.Contains("PASS  'exercise-sports-drink' push to finn", output, StringComparison.Ordinal);
        Assert.Contains("PASS  checkout step 0 answered redeemed", output, StringComparison.Ordinal);
        Assert.Contains("PASS  checkout step 1 answered redeemed", output, StringComparison.Ordinal);
        Assert.Contains("PASS  checkout step 2 answered already_redeemed", output, StringComparison.Ordinal);
        var issued = Assert.Single(gateway.Database.CouponIssues.FindAll());
        Assert.NotNull(issued.RedeemedAt);
        var answers = gateway.Database.Redemptions.FindAll().ToList();
        Assert.Equal([null, "already_redeemed"], answers.OrderBy(r => r.Refusal is not null).Select(r => r.Refusal));
        Assert.All(answers, r => Assert.Equal(issued.Id, r.Code));
        gateway.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task Scenario_ShareAndEarn_PurchaseWithCheckoutCodeSharePushThenPointsOncePerPurchase()
    {
        await using var gateway = await GatewayFixture.StartAsync(settings: ScenarioRuns.DemoCampaigns());

        var output = await ScenarioRuns.PlayAsync(gateway, "share-and-earn.yaml", 3);

        Assert.Contains("PASS  'share-and-earn' push to ida", output, StringComparison.Ordinal);
        Assert.Contains("PASS  ida holds 50 points", output, StringComparison.Ordinal);
        var purchase = Assert.Single(gateway.Database.Purchases.FindAll());
        Assert.NotNull(purchase.Shopper);
        await Eventually.TrueAsync(() => gateway.Metrics.PointsRefused["duplicate"] == 1, "the second share counted as a duplicate");
        var entry = Assert.Single(gateway.Database.PointsEntries.FindAll());
        Assert.Equal((50, purchase.Id), (entry.Amount, entry.Purchase));
        gateway.AssertNoErrorsLogged();
    }
}
