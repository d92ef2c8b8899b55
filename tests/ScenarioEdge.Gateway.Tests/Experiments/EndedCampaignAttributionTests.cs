using Microsoft.Extensions.DependencyInjection;
using ScenarioEdge.Campaigns.Compilation;
using ScenarioEdge.Experiments.Funnel;
using ScenarioEdge.Gateway.Experiments;
using ScenarioEdge.Gateway.Tests.Campaigns;
using ScenarioEdge.Gateway.Tests.Infrastructure;
using ScenarioEdge.Gateway.Tests.Purchases;
using static ScenarioEdge.Gateway.Tests.Experiments.VersionRig;

namespace ScenarioEdge.Gateway.Tests.Experiments;

/// <summary>
/// A campaign's open windows outlive it: a purchase inside the window of a touch is credited to the campaign version
/// the shopper was shown, whether the campaign was ended, paused (and reactivated) or changed since; outside the
/// window, or dated before the touch, it is not.
/// </summary>
public sealed class EndedCampaignAttributionTests
{
    [Fact]
    public async Task Purchase_CampaignEndedBeforeIt_CreditedInItsWindow_NotAfterIt_NorBeforeTheTouch()
    {
        var time = new ShiftedTimeProvider();
        await using var gateway = await StartAsync(time);
        await CreateAsync(gateway, Drinks("x-end"), "x-end");
        var touch = time.GetUtcNow().AddSeconds(-30);
        new ScenePlayer(gateway, gateway.Shopper("alice"), "store-p").Enter("entrance", touch);
        await Eventually.TrueAsync(() => gateway.Journeys("x-end").Count == 1, "the exposure");
        await ActAsync(gateway, "x-end", "end");
        Assert.False(gateway.App.Services.GetRequiredService<ActiveCampaigns>().Current.ById.ContainsKey("x-end"));
        await using var till = await gateway.ConnectAsync("till-1");

        time.Advance(TimeSpan.FromHours(10));
        var wrongClock = await BuyAsync(gateway, till, "r-early", touch.AddHours(-1));
        var inside = await BuyAsync(gateway, till, "r-10h", touch.AddHours(10));
        time.Advance(TimeSpan.FromHours(15));
        var outside = await BuyAsync(gateway, till, "r-25h", touch.AddHours(25));

        Assert.Equal((null, "x-end", null), (wrongClock, inside, outside));
        var journey = gateway.Journeys("x-end").Single();
        Assert.Equal(touch.AddHours(10), journey.PurchasedAt!.Value, TimeSpan.FromMilliseconds(1));
        Assert.Equal(3.0, journey.Revenue, 6);
        // The end-of-campaign report counts it: the funnel and the open windows.
        var report = gateway.App.Services.GetRequiredService<ExperimentReports>().Build("x-end", null, null, null, FunnelStage.Purchased)!;
        Assert.Equal(1L, report.Arms.Single(a => a.Arm == ArmNames.Default).Stages.Single(s => s.Stage == FunnelStage.Purchased).Units);
        Assert.Equal((1L, 1L), (report.Attribution!.Purchases, report.Attribution.Credited));
        gateway.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task Purchase_CampaignPausedThenReactivatedAndChanged_CreditedByTheVersionOfTheTouch()
    {
        var time = new ShiftedTimeProvider();
        await using var gateway = await StartAsync(time);
        await CreateAsync(gateway, Drinks("x-pause"), "x-pause");
        var touch = time.GetUtcNow().AddSeconds(-30);
        new ScenePlayer(gateway, gateway.Shopper("alice"), "store-p").Enter("entrance", touch);
        await Eventually.TrueAsync(() => gateway.Journeys("x-pause").Count == 1, "the exposure");
        await ActAsync(gateway, "x-pause", "pause");
        await using var till = await gateway.ConnectAsync("till-1");

        time.Advance(TimeSpan.FromHours(2));
        var paused = await BuyAsync(gateway, till, "r-paused", touch.AddHours(2));
        await ActAsync(gateway, "x-pause", "activate");
        // Version 2 promotes the croissant instead: alice was shown version 1, the sports drink.
        using var changed = await gateway.Http.PutAsync(new Uri("/api/campaigns/x-pause", UriKind.Relative), CampaignDocs.Yaml(Drinks("x-pause", version: 2, product: "croissant")));
        Assert.True(changed.IsSuccessStatusCode, await changed.Content.ReadAsStringAsync());
        Assert.Equal(2, gateway.App.Services.GetRequiredService<ActiveCampaigns>().Current.ById["x-pause"].Version);
        time.Advance(TimeSpan.FromHours(1));
        var reactivated = await BuyAsync(gateway, till, "r-active", touch.AddHours(3));

        Assert.Equal(("x-pause", "x-pause"), (paused, reactivated));
        var journey = gateway.Journeys("x-pause").Single();
        Assert.Equal(touch.AddHours(2), journey.PurchasedAt!.Value, TimeSpan.FromMilliseconds(1));
        // Two baskets of two sports drinks (3.00 each); the croissants were never promoted to her.
        Assert.Equal(6.0, journey.Revenue, 6);
        Assert.Equal(1, gateway.Database.Journeys.FindAll().Single(j => j.Campaign == "x-pause").Version);
        gateway.AssertNoErrorsLogged();
    }
}
