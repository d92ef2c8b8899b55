using ScenarioEdge.Gateway.Tests.Infrastructure;

namespace ScenarioEdge.Gateway.Tests.Campaigns.Facts;

/// <summary>
/// New or returning, from the shopper's visit history: new in the first store visit ever, returning in every visit
/// after it, also after a restart; erasure forgets the history.
/// </summary>
public sealed class ShopperKindTests
{
    [Fact]
    public async Task SecondVisit_AlsoAfterARestart_Returning()
    {
        var directory = Directory.CreateTempSubdirectory("se-gw-kind-").FullName;
        var t0 = TimeProvider.System.GetUtcNow().AddSeconds(-60);
        ScenarioEdge.Provisioning.ProvisionedCredentials credentials;
        string fay;
        await using (var gateway = await LiveFactsTests.StartAsync(dataDirectory: directory))
        {
            credentials = gateway.Credentials;
            fay = gateway.Shopper("fay");
            await using var signals = new LiveSignalPublisher(gateway);
            await signals.AtTheDoorAsync("fay", t0);
            await DecisionApi.WaitForAsync(gateway, fay, "f-new", "sent");
            Assert.Equal("audience", (await DecisionApi.WaitForAsync(gateway, fay, "f-returning", "suppressed")).Text("reason"));

            await signals.LeaveAsync("fay", t0.AddSeconds(10));
            await signals.AtTheDoorAsync("fay", t0.AddSeconds(15));
            await DecisionApi.WaitForAsync(gateway, fay, "f-returning", "sent");
            Assert.Single(await LiveFactsTests.DecisionsOfAsync(gateway, fay, "f-new"), d => d.Text("outcome") == "sent");
            await signals.LeaveAsync("fay", t0.AddSeconds(25));
            gateway.AssertNoErrorsLogged();
        }

        await using (var gateway = await LiveFactsTests.StartAsync(dataDirectory: directory, seeded: false))
        {
            await using var signals = new LiveSignalPublisher(gateway, credentials);
            await signals.AtTheDoorAsync("fay", t0.AddSeconds(30));
            await Eventually.TrueAsync(
                async () => (await LiveFactsTests.DecisionsOfAsync(gateway, fay, "f-returning")).Count(d => d.Text("outcome") == "sent") == 2,
                "the third visit, after the restart, is a returning one");
            Assert.Single(await LiveFactsTests.DecisionsOfAsync(gateway, fay, "f-new"), d => d.Text("outcome") == "sent");
            gateway.AssertNoErrorsLogged();
        }
    }

    [Fact]
    public async Task FirstVisitAtAnotherStore_ThenThisStore_Returning()
    {
        await using var gateway = await LiveFactsTests.StartAsync();
        await using var signals = new LiveSignalPublisher(gateway);
        var fay = gateway.Shopper("fay");
        var t0 = TimeProvider.System.GetUtcNow().AddSeconds(-60);

        // store-g has no campaign: the visit is history all the same.
        await signals.AtTheDoorAsync("fay", t0, store: "store-g");
        await signals.LeaveAsync("fay", t0.AddSeconds(10), store: "store-g");
        await signals.AtTheDoorAsync("fay", t0.AddSeconds(15));

        await DecisionApi.WaitForAsync(gateway, fay, "f-returning", "sent");
        Assert.Equal("audience", (await DecisionApi.WaitForAsync(gateway, fay, "f-new", "suppressed")).Text("reason"));
        gateway.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task VisitHistory_ErasedWithTheShopper_ExportedBefore()
    {
        await using var gateway = await LiveFactsTests.StartAsync();
        await using var signals = new LiveSignalPublisher(gateway);
        var fay = gateway.Shopper("fay");
        await signals.AtTheDoorAsync("fay", TimeProvider.System.GetUtcNow().AddSeconds(-30));
        await DecisionApi.WaitForAsync(gateway, fay, "f-new", "sent");

        var export = await gateway.Http.GetStringAsync($"/api/shoppers/{fay}/export");
        Assert.Contains("\"whereabouts\"", export, StringComparison.Ordinal);
        Assert.Contains("firstVisit", export, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(System.Net.HttpStatusCode.NoContent, (await gateway.Http.DeleteAsync($"/api/shoppers/{fay}")).StatusCode);

        Assert.Null(gateway.Database.Whereabouts.FindById(fay));
        var contexts = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Gateway.Campaigns.ShopperContexts>(gateway.App.Services);
        Assert.Null(contexts.Of(fay).Store);
        contexts.Flush();
        Assert.Null(gateway.Database.Whereabouts.FindById(fay));
    }
}
