using Microsoft.Extensions.Logging.Abstractions;
using ScenarioEdge.Gateway.Tests.Infrastructure;
using ScenarioEdge.Simulator;

namespace ScenarioEdge.Gateway.Tests.EndToEnd;

/// <summary>
/// The coupon and points loops of the demo store through a simulated till and app (simulator scenarios
/// coupon-redeem.yaml and share-and-earn.yaml), on the demo campaigns and coupons, against a real gateway over real MQTT.
/// </summary>
[Collection(SimulatedStoreRuns.Name)]
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

    // The answer expectation can fail: a guessed code is answered unknown, and the run says so with the status.
    [Fact]
    public async Task Scenario_TillRedeemsAGuessedCode_AnsweredUnknownRunFails()
    {
        await using var gateway = await GatewayFixture.StartAsync(settings: ScenarioRuns.DemoCampaigns());
        var checkout = """
            checkout:
              - { at: 12, shopper: ida, do: redeem, till: till-1, code: K7QH-3M9V-T2XA }
            expect:
              - { answer: redeemed, step: 0 }
            """;

        var (exit, output) = await PlayVariantAsync(gateway, checkout, ShareAndEarnWithout("checkout:"));

        Assert.Equal(1, exit);
        Assert.Contains("FAIL  checkout step 0 answered redeemed: answered unknown (404)", output, StringComparison.Ordinal);
        Assert.Empty(gateway.Database.Redemptions.FindAll());
    }

    // The checkout code links a purchase to the shopper for offers and points: without the offers consent the app gets
    // none, and the run stops with the gateway's reason instead of selling anonymously.
    [Fact]
    public async Task Scenario_PurchaseByShopperWithoutOffersConsent_CheckoutCodeRefused()
    {
        await using var gateway = await GatewayFixture.StartAsync(settings: ScenarioRuns.DemoCampaigns());
        var yaml = ShareAndEarnWithout(null).Replace("consent: [presence, offers]", "consent: [presence]", StringComparison.Ordinal);

        var (exit, output) = await PlayVariantAsync(gateway, "", yaml);

        Assert.Equal(2, exit);
        Assert.Contains("the gateway refused a checkout code: 409", output, StringComparison.Ordinal);
        Assert.Contains("offers consent", output, StringComparison.Ordinal);
        Assert.Empty(gateway.Database.Purchases.FindAll());
    }

    private static string ShareAndEarnWithout(string? from)
    {
        var yaml = File.ReadAllText(GatewayFixture.ScenarioPath("share-and-earn.yaml"));
        return from is null ? yaml : yaml[..yaml.IndexOf(from, StringComparison.Ordinal)];
    }

    private static async Task<(int Exit, string Output)> PlayVariantAsync(GatewayFixture gateway, string tail, string head)
    {
        var path = Path.Combine(gateway.DataDirectory, "variant.yaml");
        await File.WriteAllTextAsync(path, head + tail);
        var output = new StringWriter();
        var exit = await SimulatorCli.RunAsync(gateway.SimulatorArgs(path, 3), output, NullLoggerFactory.Instance, TimeProvider.System, CancellationToken.None);
        return (exit, output.ToString());
    }
}
