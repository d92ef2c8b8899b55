using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using ScenarioEdge.Gateway.Scenes;
using ScenarioEdge.Gateway.Tests.Infrastructure;
using ScenarioEdge.Simulator;

namespace ScenarioEdge.Gateway.Tests.Scenes;

[Collection(SimulatedStoreRuns.Name)]
public sealed class ExerciseConsentTests
{
    [Fact]
    public async Task SimulatorRun_RunnersWithAndWithoutActivityConsent_OnlyTheConsentingOneIsEverExercising()
    {
        var scenario = GatewayFixture.ScenarioPath("exercise-consent.yaml");
        await using var gateway = await GatewayFixture.StartAsync();
        var output = new StringWriter();

        var exit = await SimulatorCli.RunAsync(
            gateway.SimulatorArgs(scenario, 4),
            output, NullLoggerFactory.Instance, TimeProvider.System, CancellationToken.None);
        Assert.True(exit == 0, output.ToString());

        var runnerYes = GatewayFixture.ShopperIn(output.ToString(), "runner-yes");
        await Eventually.TrueAsync(() => gateway.Database.Scenes.Count(s => s.Shopper == runnerYes) > 0, "the consenting runner's scene in the timeline");
        var yes = await TimelineAsync(gateway, runnerYes);
        var no = await TimelineAsync(gateway, GatewayFixture.ShopperIn(output.ToString(), "runner-no"));

        Assert.Contains(yes, s => s.GetProperty("state").GetString() == "Exercising");
        Assert.DoesNotContain(no, s => s.GetProperty("state").GetString() == "Exercising");
        Assert.True(gateway.Metrics.SceneSignalsDropped[SceneDropReasons.NoActivityConsent] > 0);
        Assert.True(gateway.Metrics.ConsentDropped["activity"] > 0);
        gateway.AssertNoErrorsLogged();
    }

    private static async Task<List<JsonElement>> TimelineAsync(GatewayFixture gateway, string shopper)
    {
        using var response = await gateway.Http.GetAsync(new Uri($"/api/shoppers/{shopper}/scenes", UriKind.Relative));
        response.EnsureSuccessStatusCode();
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return doc.RootElement.GetProperty("scenes").EnumerateArray().Select(e => e.Clone()).ToList();
    }
}
