using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using ScenarioEdge.Gateway.Campaigns;
using ScenarioEdge.Gateway.Tests.Infrastructure;

namespace ScenarioEdge.Gateway.Tests.Campaigns;

/// <summary>An alert posted through the API reaches, as a trigger, the shoppers in the alert's stores, and nobody else.</summary>
public sealed class AlertTriggerTests
{
    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["Gateway:Campaigns:Folder"] = GatewayFixture.CampaignsPath("alerts"),
        ["Gateway:Campaigns:ArbitrationWindow"] = "00:00:00",
    };

    [Fact]
    public async Task WeatherAlert_ForTheStore_ShopperInsideGetsTheAlertCampaignOnce()
    {
        await using var gateway = await GatewayFixture.StartAsync([GatewayFixture.ScenarioPath("shelf.yaml")], Settings);
        var alice = gateway.Shopper("alice");
        new ScenePlayer(gateway, alice, "store-s").Enter("entrance", TimeProvider.System.GetUtcNow().AddSeconds(-5));
        var contexts = gateway.App.Services.GetRequiredService<ShopperContexts>();
        await Eventually.TrueAsync(() => contexts.Of(alice).Store == "store-s", "alice in the store");

        var storm = Alert("storm-a", "weather", "Heavy rain from 15:00", "store-s");
        using var posted = await gateway.Http.PostAsJsonAsync("/api/alerts", storm);
        Assert.True(posted.IsSuccessStatusCode, await posted.Content.ReadAsStringAsync());
        // The same alert posted again (a retried request) is answered, not raised a second time.
        using var replay = await gateway.Http.PostAsJsonAsync("/api/alerts", storm);
        Assert.True(replay.IsSuccessStatusCode, await replay.Content.ReadAsStringAsync());

        // A second alert behind it: once its push is out, the replay above has had every chance to be raised.
        using var second = await gateway.Http.PostAsJsonAsync("/api/alerts", Alert("storm-b", "weather", "Hail at 17:00", "store-s"));
        Assert.True(second.IsSuccessStatusCode, await second.Content.ReadAsStringAsync());

        await Eventually.TrueAsync(() => gateway.Database.Pushes.Exists(p => p.Campaign == "a-storm" && p.Title == "Storm: Hail at 17:00"), "the second storm push");
        var titles = gateway.Database.Pushes.Find(p => p.Campaign == "a-storm" && p.Shopper == alice).Select(p => p.Title).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["Storm: Hail at 17:00", "Storm: Heavy rain from 15:00"], titles);
        gateway.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task Alert_OfAnotherKindOrForAnotherStore_SendsNothing()
    {
        await using var gateway = await GatewayFixture.StartAsync([GatewayFixture.ScenarioPath("shelf.yaml"), GatewayFixture.ScenarioPath("welcome.yaml")], Settings);
        var alice = gateway.Shopper("alice");
        new ScenePlayer(gateway, alice, "store-s").Enter("entrance", TimeProvider.System.GetUtcNow().AddSeconds(-5));
        var contexts = gateway.App.Services.GetRequiredService<ShopperContexts>();
        await Eventually.TrueAsync(() => contexts.Of(alice).Store == "store-s", "alice in the store");

        using var heat = await gateway.Http.PostAsJsonAsync("/api/alerts", Alert("heat-1", "heat", "Hot afternoon", "store-s"));
        using var elsewhere = await gateway.Http.PostAsJsonAsync("/api/alerts", Alert("storm-w", "weather", "Rain at the other store", "store-w"));
        using var matching = await gateway.Http.PostAsJsonAsync("/api/alerts", Alert("storm-s", "weather", "Rain here", "store-s"));
        Assert.True(heat.IsSuccessStatusCode, await heat.Content.ReadAsStringAsync());
        Assert.True(elsewhere.IsSuccessStatusCode, await elsewhere.Content.ReadAsStringAsync());
        Assert.True(matching.IsSuccessStatusCode, await matching.Content.ReadAsStringAsync());

        // Triggers are decided in order: once the matching alert's push is out, the two before it were decided too.
        await Eventually.TrueAsync(() => gateway.Database.Pushes.Exists(p => p.Campaign == "a-storm"), "the matching alert's push");
        var titles = gateway.Database.Pushes.Find(p => p.Campaign == "a-storm").Select(p => p.Title).ToList();
        Assert.Equal(["Storm: Rain here"], titles);
        gateway.AssertNoErrorsLogged();
    }

    private static object Alert(string id, string kind, string text, string store) => new
    {
        id,
        kind,
        severity = "warning",
        area = new { stores = new[] { store } },
        validUntil = TimeProvider.System.GetUtcNow().AddHours(2),
        text,
    };
}
