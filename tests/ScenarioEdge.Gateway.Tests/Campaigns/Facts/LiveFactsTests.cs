using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using ScenarioEdge.Gateway.Scenes;
using ScenarioEdge.Gateway.Tests.Infrastructure;

namespace ScenarioEdge.Gateway.Tests.Campaigns.Facts;

/// <summary>
/// Heart-rate reserve, cadence and distance to the store reach campaign triggers from the signals the gateway ingests
/// (wearable samples through a scanner, the phone's activity report), end to end over MQTT: fresh, for the trigger's
/// own store, and only under the activity consent.
/// </summary>
public sealed class LiveFactsTests
{
    internal static readonly Dictionary<string, string?> Settings = new()
    {
        ["Gateway:Campaigns:Folder"] = GatewayFixture.CampaignsPath("facts"),
    };

    internal static Task<GatewayFixture> StartAsync(IDictionary<string, string?>? settings = null, string? dataDirectory = null) =>
        GatewayFixture.StartAsync([LiveSignalPublisher.SeedPath("facts-store.yaml"), LiveSignalPublisher.SeedPath("facts-other.yaml")], settings ?? Settings, dataDirectory);

    [Fact]
    public async Task ExercisingNearTheStore_HeartRateAndDistanceFromIngest_LiveCampaignSent()
    {
        await using var gateway = await StartAsync();
        await using var signals = new LiveSignalPublisher(gateway);
        var fay = gateway.Shopper("fay");
        var t0 = TimeProvider.System.GetUtcNow().AddSeconds(-30);

        await signals.DistanceAsync("fay", "store-f", 200, t0);
        await signals.HeartRateAsync("strap-fay", 150, t0.AddSeconds(1));

        var sent = await DecisionApi.WaitForAsync(gateway, fay, "f-exercise", "sent");
        Assert.Equal(t0.AddSeconds(1).UtcDateTime, sent.GetProperty("eventTime").GetDateTimeOffset().UtcDateTime, TimeSpan.FromMilliseconds(1));
        Assert.Equal("lostArbitration", (await DecisionsOfAsync(gateway, fay, "f-control")).Single().Text("reason"));
        await Eventually.TrueAsync(() => gateway.Database.Pushes.Exists(p => p.Shopper == fay && p.Campaign == "f-exercise"), "the live campaign's push");
        gateway.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task DistanceForAnotherStoreOrStale_NeverSatisfiesMaxDistance()
    {
        await using var gateway = await StartAsync();
        await using var signals = new LiveSignalPublisher(gateway);
        var t0 = TimeProvider.System.GetUtcNow().AddSeconds(-30);

        // fay is 100 m from the other store; gus was 100 m from this one, but 20 minutes before he started running.
        await signals.DistanceAsync("fay", "store-g", 100, t0);
        await signals.DistanceAsync("gus", "store-f", 100, t0.AddMinutes(-20));
        await signals.HeartRateAsync("strap-fay", 150, t0.AddSeconds(1));
        await signals.HeartRateAsync("strap-gus", 150, t0.AddSeconds(1));

        foreach (var shopper in new[] { gateway.Shopper("fay"), gateway.Shopper("gus") })
        {
            await DecisionApi.WaitForAsync(gateway, shopper, "f-control", "sent");
            Assert.Empty(await DecisionsOfAsync(gateway, shopper, "f-exercise"));
        }

        Assert.Equal(0, gateway.Metrics.CampaignDecisions("f-exercise", "sent"));
        gateway.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task ActivityConsentWithdrawn_HeartRateMeasuredBefore_ForgottenAndNeverMatches()
    {
        await using var gateway = await StartAsync();
        await using var signals = new LiveSignalPublisher(gateway);
        var (fay, gus) = (gateway.Shopper("fay"), gateway.Shopper("gus"));
        var t0 = TimeProvider.System.GetUtcNow().AddSeconds(-30);
        await signals.HeartRateAsync("strap-fay", 150, t0);
        await signals.HeartRateAsync("strap-gus", 150, t0);
        await DecisionApi.WaitForAsync(gateway, fay, "f-control", "sent");
        await DecisionApi.WaitForAsync(gateway, gus, "f-control", "sent");

        using var app = new HttpClient { BaseAddress = gateway.HttpBase };
        app.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", gateway.Token("fay"));
        using var withdrawn = await app.PutAsJsonAsync("/api/app/me/consents/activity", new { granted = false, noticeVersion = "2026-11" });
        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        var live = gateway.App.Services.GetRequiredService<LiveSignals>();
        await Eventually.TrueAsync(() => live.Of(fay) == LiveReading.None, "fay's live signals forgotten with her consent");
        Assert.NotEqual(LiveReading.None, live.Of(gus));
        await signals.HeartRateAsync("strap-fay", 150, t0.AddSeconds(2));
        await signals.AtTheDoorAsync("fay", t0.AddSeconds(3));
        await signals.AtTheDoorAsync("gus", t0.AddSeconds(3));

        // gus, who kept the consent, carries his heart rate through the door; fay's was forgotten with her consent.
        await DecisionApi.WaitForAsync(gateway, gus, "f-store-hrr", "sent");
        await DecisionApi.WaitForAsync(gateway, fay, "f-store-control", "sent");
        Assert.Empty(await DecisionsOfAsync(gateway, fay, "f-store-hrr"));
        Assert.True(gateway.Metrics.SceneSignalsDropped[SceneDropReasons.NoActivityConsent] >= 1, "the sample after the withdrawal is dropped for the activity consent");
        gateway.AssertNoErrorsLogged();
    }

    internal static async Task<List<System.Text.Json.JsonElement>> DecisionsOfAsync(GatewayFixture gateway, string shopper, string campaign) =>
        await DecisionApi.GetAsync(gateway, shopper, $"?campaign={campaign}");
}
