using ScenarioEdge.Gateway.Tests.Infrastructure;

namespace ScenarioEdge.Gateway.Tests.EndToEnd;

/// <summary>
/// The demo store's campaigns for shoppers near the store (docs/campaigns), each played by its simulator scenario:
/// their conditions ask for the distance to the store and the heart-rate reserve, which the phones' activity uplinks
/// and the relayed straps give the gateway. The commuter and the coffee scenarios start at a local time of day on a
/// clock the gateway shares.
/// </summary>
[Collection(SimulatedStoreRuns.Name)]
public sealed class ActivityCampaignScenarioTests
{
    [Fact]
    public async Task Scenario_ExercisingNearTheStore_SportsDrinkOffer()
    {
        await using var gateway = await GatewayFixture.StartAsync(settings: ScenarioRuns.DemoCampaigns());

        var output = await ScenarioRuns.PlayAsync(gateway, "campaign-exercise.yaml", 3);

        Assert.Contains("PASS  'exercise-sports-drink' push to finn", output, StringComparison.Ordinal);
        gateway.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task Scenario_MorningCommuterPassing_BreakfastOffer()
    {
        var time = ScenarioRuns.ClockFor("campaign-commuter.yaml");
        await using var gateway = await GatewayFixture.StartAsync(settings: ScenarioRuns.DemoCampaigns(), time: time);

        var output = await ScenarioRuns.PlayAsync(gateway, "campaign-commuter.yaml", 3, time);

        Assert.Contains("PASS  'commuter-breakfast' push to gus", output, StringComparison.Ordinal);
        gateway.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task Scenario_RestingNearTheStoreInTheAfternoon_CoffeeOffer()
    {
        var time = ScenarioRuns.ClockFor("campaign-coffee.yaml");
        await using var gateway = await GatewayFixture.StartAsync(settings: ScenarioRuns.DemoCampaigns(), time: time);

        var output = await ScenarioRuns.PlayAsync(gateway, "campaign-coffee.yaml", 3, time);

        Assert.Contains("PASS  'resting-coffee' push to hana", output, StringComparison.Ordinal);
        gateway.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task Scenario_WeatherAlertPosted_UmbrellaOfferToConsentingShoppersInTheStore()
    {
        await using var gateway = await GatewayFixture.StartAsync(settings: ScenarioRuns.DemoCampaigns());

        var output = await ScenarioRuns.PlayAsync(gateway, "campaign-weather-umbrella.yaml", 3);

        Assert.Contains("PASS  'weather-umbrella' push to ana within 10 s of the alert", output, StringComparison.Ordinal);
        Assert.Contains("PASS  no 'weather-umbrella' push to dev", output, StringComparison.Ordinal);
        gateway.AssertNoErrorsLogged();
    }
}
