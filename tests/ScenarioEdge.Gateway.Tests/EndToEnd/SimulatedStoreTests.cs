using Microsoft.Extensions.Logging.Abstractions;
using ScenarioEdge.Gateway.Tests.Infrastructure;
using ScenarioEdge.Simulator;

namespace ScenarioEdge.Gateway.Tests.EndToEnd;

[Collection(SimulatedStoreRuns.Name)]
public sealed class SimulatedStoreTests
{
    [Fact]
    public async Task SimulatorRun_WelcomeScenario_ConsentingShopperIsWelcomedAndOthersAreNot()
    {
        var scenario = GatewayFixture.ScenarioPath("welcome.yaml");
        await using var gateway = await GatewayFixture.StartAsync();
        var output = new StringWriter();

        var exit = await SimulatorCli.RunAsync(
            gateway.SimulatorArgs(scenario, 2),
            output, NullLoggerFactory.Instance, TimeProvider.System, CancellationToken.None);

        Assert.True(exit == 0, output.ToString());
        Assert.Contains("PASS  'welcome' push to alice within 10 s of entering", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("PASS  no 'welcome' push to bob", output.ToString(), StringComparison.Ordinal);

        var push = Assert.Single(gateway.Database.Pushes.FindAll());
        Assert.Equal(GatewayFixture.ShopperIn(output.ToString(), "alice"), push.Shopper);
        Assert.Equal("welcome", push.Campaign);
        Assert.Equal("store-w", push.Store);
        await Eventually.TrueAsync(() => gateway.Database.Pushes.FindById(push.Id).DeliveredAt is not null, "the app's delivered feedback to be recorded");
        Assert.Equal(1, gateway.Metrics.PushesOut);
        Assert.Equal(1, gateway.Metrics.IngestToPush.Count);
        gateway.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task SimulatorRun_ShopperReturnsWithinCooldown_IsWelcomedOnce()
    {
        var scenario = GatewayFixture.ScenarioPath("returning.yaml");
        await using var gateway = await GatewayFixture.StartAsync();
        var output = new StringWriter();

        var exit = await SimulatorCli.RunAsync(
            gateway.SimulatorArgs(scenario, 4),
            output, NullLoggerFactory.Instance, TimeProvider.System, CancellationToken.None);

        Assert.True(exit == 0, output.ToString());
        Assert.Equal(2, gateway.Metrics.Presence["enter"]);
        Assert.Equal(2, gateway.Metrics.Presence["leave"]);
        Assert.Single(gateway.Database.Pushes.FindAll());
        gateway.AssertNoErrorsLogged();
    }
}
