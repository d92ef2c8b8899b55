using ScenarioEdge.Gateway.Tests.Infrastructure;

namespace ScenarioEdge.Gateway.Tests.Campaigns.Facts;

/// <summary>
/// Whereabouts survive a restart: a deferred in-store offer goes out after the restart if the shopper is still in the
/// store (heard again: the same visit goes on), and is dropped if the shopper left before, or is not heard again.
/// </summary>
public sealed class WhereaboutsRestartTests
{
    [Fact]
    public async Task Restart_DeferredInStoreOffers_StayerGetsItLeaverAndSilentOneDoNot()
    {
        var data = Directory.CreateTempSubdirectory("se-gw-where-").FullName;
        var time = new ShiftedTimeProvider();
        var (from, to) = CampaignLimitTests.QuietAround(time.GetUtcNow());
        var settings = new Dictionary<string, string?>
        {
            ["Gateway:Campaigns:Folder"] = GatewayFixture.CampaignsPath("facts-restart"),
            ["Gateway:Campaigns:Stores:store-f:QuietFrom"] = from,
            ["Gateway:Campaigns:Stores:store-f:QuietTo"] = to,
            // A short signal loss, so that a shopper not heard again after the restart counts as gone within seconds.
            ["Scenes:ExitAfterSignalLoss"] = "00:00:05",
        };
        var t0 = TimeProvider.System.GetUtcNow().AddSeconds(-40);
        ScenarioEdge.Provisioning.ProvisionedCredentials credentials;
        string fay, gus, joy;
        await using (var first = await LiveFactsTests.StartAsync(settings, data, time: time))
        {
            credentials = first.Credentials;
            (fay, gus, joy) = (first.Shopper("fay"), first.Shopper("gus"), first.Shopper("joy"));
            await using var signals = new LiveSignalPublisher(first);
            foreach (var name in new[] { "fay", "gus", "joy" })
            {
                await signals.AtTheDoorAsync(name, t0);
            }

            foreach (var shopper in new[] { fay, gus, joy })
            {
                await DecisionApi.WaitForAsync(first, shopper, "r-defer", "deferred");
            }

            await signals.LeaveAsync("gus", t0.AddSeconds(8));
            await Eventually.TrueAsync(
                () => Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Gateway.Campaigns.ShopperContexts>(first.App.Services).Of(gus).Store is null,
                "gus has left");
            first.AssertNoErrorsLogged();
        }

        // Past the quiet hours; fay is still in the store and heard again, gus left, joy is never heard again.
        time.Advance(TimeSpan.FromHours(2));
        await using var second = await LiveFactsTests.StartAsync(settings, data, seeded: false, time: time);
        await using (var signals = new LiveSignalPublisher(second, credentials))
        {
            await signals.AtTheDoorAsync("fay", t0.AddSeconds(12));
        }

        await DecisionApi.WaitForAsync(second, fay, "r-defer", "sent");
        Assert.Equal("contextEnded", (await DecisionApi.WaitForAsync(second, gus, "r-defer", "dropped")).Text("reason"));
        Assert.Equal("contextEnded", (await DecisionApi.WaitForAsync(second, joy, "r-defer", "dropped")).Text("reason"));
        await Eventually.TrueAsync(() => second.Database.Pushes.Count(p => p.Campaign == "r-defer") == 1, "one push: fay's");
        Assert.Equal(fay, Assert.Single(second.Database.Pushes.Find(p => p.Campaign == "r-defer")).Shopper);
        Assert.Equal(0, second.Database.CampaignDeferred.Count());
        second.AssertNoErrorsLogged();
    }
}
