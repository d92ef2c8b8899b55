using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ScenarioEdge.Campaigns.Triggers;
using ScenarioEdge.Gateway.Campaigns;
using ScenarioEdge.Gateway.Tests.Infrastructure;
using ScenarioEdge.Tests.Shared;

namespace ScenarioEdge.Gateway.Tests.Campaigns;

/// <summary>
/// Consent, roles and erasure around campaign decisions: no offers consent never sends (whatever a trigger source
/// claims), nothing is kept about such a shopper, a viewer reads decisions and nothing more, erasure leaves nothing.
/// </summary>
public sealed class CampaignPrivacyTests
{
    [Fact]
    public async Task NoOffersConsent_EnteringAndAForgedTrigger_NeverSentOnlyCountedWithoutTheShopper()
    {
        await using var gateway = await CampaignLimitTests.StartAsync(quiet: null);
        var bob = gateway.Shopper("bob");
        var now = TimeProvider.System.GetUtcNow();

        new ScenePlayer(gateway, bob, "store-w").Enter("entrance", now.AddSeconds(-2));
        // A trigger source claiming consent it was never given: consents come from the shopper's record only.
        var forged = TriggerFact.Create(TriggerKind.StoreEntered, now.AddSeconds(-1), bob, "store-w") with { Visit = "forged", Consents = Consents.Offers | Consents.Presence };
        Assert.True(gateway.App.Services.GetRequiredService<CampaignTriggers>().Raise(forged));

        // Both campaigns' decisions for one trigger are counted one after the other: wait for both, not for the first.
        await Eventually.TrueAsync(
            () => gateway.Metrics.CampaignDecisions("l-defer", "suppressed_no_consent") == 2 && gateway.Metrics.CampaignDecisions("l-drop", "suppressed_no_consent") == 2,
            "both entries judged without consent by both campaigns");
        Assert.Equal(0, gateway.Metrics.CampaignDecisions("l-defer", "sent"));
        Assert.Empty(await DecisionApi.GetAsync(gateway, bob));
        await Eventually.TrueAsync(() => gateway.Database.DecisionDays.FindAll().Sum(d => d.Count) == 4, "the shopper-free counts");
        Assert.DoesNotContain(gateway.Database.DecisionDays.FindAll(), d => d.Id.Contains(bob, StringComparison.Ordinal));
        Assert.Null(gateway.Database.CampaignState.FindById(bob));
        Assert.Equal(0, gateway.Database.Pushes.Count());
        gateway.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task DecisionApi_ViewerKey_ReadsDecisionsButNotTheShoppersExportNorErasure()
    {
        await using var gateway = await CampaignLimitTests.StartAsync(quiet: null);
        var alice = gateway.Shopper("alice");
        new ScenePlayer(gateway, alice, "store-w").Enter("entrance", TimeProvider.System.GetUtcNow().AddSeconds(-1));
        await DecisionApi.WaitForAsync(gateway, alice, "l-defer", "sent");
        var created = await gateway.Http.PostAsJsonAsync("/api/keys", new { name = "dashboard", role = "viewer" });
        created.EnsureSuccessStatusCode();
        var viewer = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;

        var decisions = await DecisionApi.GetAsync(gateway, alice, "?campaign=l-drop", viewer);

        Assert.Equal("lostArbitration", Assert.Single(decisions).Text("reason"));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(gateway, HttpMethod.Get, $"/api/shoppers/{alice}/export", viewer));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(gateway, HttpMethod.Delete, $"/api/shoppers/{alice}", viewer));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(gateway, HttpMethod.Get, $"/api/shoppers/{alice}/decisions", null));
        Assert.Equal(HttpStatusCode.BadRequest, await StatusAsync(gateway, HttpMethod.Get, $"/api/shoppers/{alice}/decisions?from=2026-12-02T00:00:00Z&to=2026-12-01T00:00:00Z", viewer));
        gateway.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task Erasure_ShopperWithDecisionsAndLimits_ExportedThenGoneEverywhere()
    {
        await using var gateway = await CampaignLimitTests.StartAsync(quiet: null);
        var alice = gateway.Shopper("alice");
        new ScenePlayer(gateway, alice, "store-w").Enter("entrance", TimeProvider.System.GetUtcNow().AddSeconds(-1));
        await DecisionApi.WaitForAsync(gateway, alice, "l-drop", "suppressed");

        using (var export = JsonDocument.Parse(await gateway.Http.GetStringAsync($"/api/shoppers/{alice}/export")))
        {
            var section = export.RootElement.GetProperty("data").GetProperty("campaignDecisions");
            Assert.Equal(3, section.GetArrayLength());
        }

        var erased = await gateway.Http.DeleteAsync($"/api/shoppers/{alice}");

        Assert.Equal(HttpStatusCode.NoContent, erased.StatusCode);
        Assert.Equal(0, gateway.Database.Decisions.Count(d => d.Shopper == alice));
        Assert.Null(gateway.Database.CampaignState.FindById(alice));
        Assert.Empty(await DecisionApi.GetAsync(gateway, alice));
        gateway.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task Retention_DecisionsPastThePeriod_FoldedIntoShopperFreeDailyCounts()
    {
        await using var gateway = await CampaignLimitTests.StartAsync(quiet: null);
        var alice = gateway.Shopper("alice");
        new ScenePlayer(gateway, alice, "store-w").Enter("entrance", TimeProvider.System.GetUtcNow().AddSeconds(-1));
        await DecisionApi.WaitForAsync(gateway, alice, "l-drop", "suppressed");
        var holder = gateway.App.Services.GetServices<ScenarioEdge.Gateway.Privacy.IShopperDataHolder>().Single(h => h.Name == "campaignDecisions");

        var expired = holder.ExpireBefore(TimeProvider.System.GetUtcNow().UtcDateTime.AddMinutes(1));

        Assert.Equal(2, expired);
        Assert.Equal(0, gateway.Database.Decisions.Count());
        var days = gateway.Database.DecisionDays.FindAll().ToList();
        Assert.Equal(["l-defer/sent", "l-drop/suppressed_lost_arbitration"], days.Select(d => $"{d.Campaign}/{d.Outcome}").Order(StringComparer.Ordinal));
        Assert.All(days, d => Assert.Equal(1, d.Count));
        Assert.DoesNotContain(days, d => d.Id.Contains(alice, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Raise_TriggerMatchingNoCampaign_AllocatesNothing()
    {
        await using var gateway = await CampaignLimitTests.StartAsync(quiet: null);
        var triggers = gateway.App.Services.GetRequiredService<CampaignTriggers>();
        var fact = TriggerFact.Create(TriggerKind.DwellZone, TimeProvider.System.GetUtcNow(), gateway.Shopper("alice"), "store-w") with { Zone = "aisle" };
        Assert.False(triggers.Raise(fact));

        var allocated = Allocations.LeastPerBatch(() =>
        {
            for (var i = 0; i < 10_000; i++)
            {
                triggers.Raise(fact);
            }
        });

        Assert.Equal(0, allocated);
    }

    private static async Task<HttpStatusCode> StatusAsync(GatewayFixture gateway, HttpMethod method, string path, string? key)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        using var client = new HttpClient { BaseAddress = gateway.HttpBase };
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }
}
