using System.Net.Http.Json;
using ScenarioEdge.Gateway.Tests.Infrastructure;

namespace ScenarioEdge.Gateway.Tests.Campaigns.Facts;

/// <summary>
/// An alert for a store's area reaches the shoppers in the store and those whose phone's fresh distance report names
/// that store, once each, with the reported distance as the fact; a stale report reaches nobody.
/// </summary>
public sealed class NearStoreAlertTests
{
    [Fact]
    public async Task WeatherAlert_ShoppersInsideAndNear_EachOnceStaleReportNever()
    {
        await using var gateway = await LiveFactsTests.StartAsync();
        await using var signals = new LiveSignalPublisher(gateway);
        var (fay, gus, joy) = (gateway.Shopper("fay"), gateway.Shopper("gus"), gateway.Shopper("joy"));
        var now = TimeProvider.System.GetUtcNow();
        // fay 300 m away; gus in the store, and his phone also says 10 m; joy was 200 m away 20 minutes ago.
        await signals.DistanceAsync("fay", "store-f", 300, now.AddSeconds(-20));
        await signals.DistanceAsync("gus", "store-f", 10, now.AddSeconds(-40));
        await signals.AtTheDoorAsync("gus", now.AddSeconds(-30));
        await signals.DistanceAsync("joy", "store-f", 200, now.AddMinutes(-20));
        await DecisionApi.WaitForAsync(gateway, gus, "f-store-control", "sent");

        using var posted = await gateway.Http.PostAsJsonAsync("/api/alerts", new
        {
            id = "storm-f",
            kind = "weather",
            severity = "warning",
            area = new { stores = new[] { "store-f" } },
            validUntil = now.AddHours(2),
            text = "Heavy rain",
        });
        Assert.True(posted.IsSuccessStatusCode, await posted.Content.ReadAsStringAsync());

        await DecisionApi.WaitForAsync(gateway, fay, "f-alert", "sent");
        await DecisionApi.WaitForAsync(gateway, gus, "f-alert", "sent");
        Assert.Single(await LiveFactsTests.DecisionsOfAsync(gateway, gus, "f-alert"));
        Assert.Single(await LiveFactsTests.DecisionsOfAsync(gateway, fay, "f-alert"));
        Assert.Empty(await LiveFactsTests.DecisionsOfAsync(gateway, joy, "f-alert"));
        await Eventually.TrueAsync(() => gateway.Database.Pushes.Count(p => p.Campaign == "f-alert") == 2, "two storm pushes");
        Assert.Equal(2, gateway.Metrics.CampaignDecisions("f-alert", "sent"));
        gateway.AssertNoErrorsLogged();
    }
}
