using ScenarioEdge.Gateway.Tests.Infrastructure;

namespace ScenarioEdge.Gateway.Tests.EndToEnd;

/// <summary>
/// The demo store's in-store campaigns (docs/campaigns), each played by its simulator scenario against a real gateway
/// over real MQTT: the welcome, the recommendation at the drinks shelf and the pick-and-put-back offer.
/// </summary>
[Collection(SimulatedStoreRuns.Name)]
public sealed class CampaignScenarioTests
{
    [Fact]
    public async Task Scenario_Welcome_ConsentingShopperWelcomedOnEnteringOthersNot()
    {
        await using var gateway = await GatewayFixture.StartAsync(settings: ScenarioRuns.DemoCampaigns());

        var output = await ScenarioRuns.PlayAsync(gateway, "campaign-welcome.yaml", 3);

        Assert.Contains("PASS  'welcome' push to ana within 10 s of entering", output, StringComparison.Ordinal);
        Assert.Contains("PASS  no 'welcome' push to dev", output, StringComparison.Ordinal);
        Assert.Contains("latency from the triggering signal's event time, wall ms: push n=1", output, StringComparison.Ordinal);
        Assert.Equal("welcome", Assert.Single(gateway.Database.Pushes.FindAll()).Campaign);
        gateway.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task Scenario_ShelfDwell_RecommendationOnTheShelfDisplayAndInTheApp()
    {
        await using var gateway = await GatewayFixture.StartAsync(settings: ScenarioRuns.DemoCampaigns());

        var output = await ScenarioRuns.PlayAsync(gateway, "campaign-shelf-dwell.yaml", 2);

        Assert.Contains("PASS  'shelf-dwell-drinks' push to ben within 30 s of step 1", output, StringComparison.Ordinal);
        Assert.Contains("PASS  display drinks-display shows 'Sports drink' within 30 s of step 1", output, StringComparison.Ordinal);
        Assert.Contains("display n=", output, StringComparison.Ordinal);
        gateway.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task Scenario_PickAndPutBack_ProductOfferOnTheDisplayAndInTheApp()
    {
        await using var gateway = await GatewayFixture.StartAsync(settings: ScenarioRuns.DemoCampaigns());

        var output = await ScenarioRuns.PlayAsync(gateway, "campaign-pick-put-back.yaml", 2);

        Assert.Contains("PASS  'pick-put-back' push to chloe within 10 s of step 3", output, StringComparison.Ordinal);
        Assert.Contains("PASS  display drinks-display shows '10% off' within 10 s of step 3", output, StringComparison.Ordinal);
        gateway.AssertNoErrorsLogged();
    }
}
