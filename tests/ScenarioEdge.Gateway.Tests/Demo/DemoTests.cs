using ScenarioEdge.Demo;
using ScenarioEdge.Gateway.Tests.Infrastructure;

namespace ScenarioEdge.Gateway.Tests.Demo;

public sealed class DemoTests
{
    [Fact]
    public async Task Demo_ShoppersRegisterThroughTheAppApiAndARestartReplacesThemInsteadOfPilingUp()
    {
        var data = Directory.CreateTempSubdirectory("se-demo-").FullName;
        var settings = new Dictionary<string, string?>
        {
            ["Demo:Enabled"] = "true",
            ["Demo:Scenario"] = GatewayFixture.ScenarioPath("welcome.yaml"),
        };
        string[] first;
        await using (var gateway = await GatewayFixture.StartAsync(settings: settings, dataDirectory: data, host: DemoHost.Configure))
        {
            await Eventually.TrueAsync(() => gateway.Database.Pushes.Count() > 0, "the demo's first welcome push", TimeSpan.FromSeconds(30));
            first = [.. gateway.Database.Shoppers.FindAll().Select(s => s.Id)];
            Assert.Equal(2, first.Length);
            // Consent came from the virtual apps' registrations, never from provisioning.
            Assert.All(gateway.Database.ConsentLog.FindAll(), c => Assert.Equal("registration", c.Source));
            gateway.AssertNoErrorsLogged();
        }

        await using var again = await GatewayFixture.StartAsync(settings: settings, dataDirectory: data, host: DemoHost.Configure);
        await Eventually.TrueAsync(() => again.Database.Shoppers.Count() == 2 && !again.Database.Shoppers.FindAll().Any(s => first.Contains(s.Id)), "the earlier demo shoppers to be replaced");
        Assert.DoesNotContain(again.Database.Pushes.FindAll(), p => first.Contains(p.Shopper));
        again.AssertNoErrorsLogged();
    }
}
