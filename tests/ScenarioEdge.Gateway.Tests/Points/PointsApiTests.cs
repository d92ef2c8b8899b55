using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ScenarioEdge.Coupons.Points;
using ScenarioEdge.Gateway.Points;
using ScenarioEdge.Gateway.Tests.Campaigns;
using ScenarioEdge.Gateway.Tests.Infrastructure;

namespace ScenarioEdge.Gateway.Tests.Points;

/// <summary>The app's points over HTTP with the app's own install token: its own balance only, and points for a coupon.</summary>
public sealed class PointsApiTests
{
    internal const string ForPoints = """
        id: drink-for-points
        version: 1
        name: A free drink for 200 points
        kind: freeItem
        scope: { categories: [drinks] }
        validity: { days: 30 }
        budget: { count: 2 }
        perShopper: 5
        pointsCost: 200
        stores: [store-w]
        """;

    [Fact]
    public async Task History_TwoShoppers_EachSeesOnlyOwnEntriesPagedNewestFirst()
    {
        await using var gateway = await GatewayFixture.StartAsync([GatewayFixture.ScenarioPath("welcome.yaml")]);
        var (alice, bob) = (gateway.Shopper("alice"), gateway.Shopper("bob"));
        var ledger = gateway.App.Services.GetRequiredService<PointsLedger>();
        for (var i = 1; i <= 3; i++)
        {
            ledger.Credit(new PointsChange(alice, i * 10, PointsKeys.Share($"p-a{i}"), "share", "store-w", $"p-a{i}"));
        }

        ledger.Credit(new PointsChange(bob, 7, PointsKeys.Share("p-b1"), "share", "store-w", "p-b1"));
        using var aliceApp = App(gateway, "alice");
        using var bobApp = App(gateway, "bob");

        using var page1 = JsonDocument.Parse(await aliceApp.GetStringAsync("/api/app/points?page=1&size=2"));
        using var page2 = JsonDocument.Parse(await aliceApp.GetStringAsync("/api/app/points?page=2&size=2"));
        using var bobs = JsonDocument.Parse(await bobApp.GetStringAsync("/api/app/points"));

        Assert.Equal((60, 3), (page1.RootElement.GetProperty("balance").GetInt32(), page1.RootElement.GetProperty("total").GetInt32()));
        Assert.Equal([30L, 20L], page1.RootElement.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("amount").GetInt64()));
        var oldest = Assert.Single(page2.RootElement.GetProperty("entries").EnumerateArray());
        Assert.Equal(("credit", 10, "p-a1", "store-w"), (oldest.GetProperty("kind").GetString(), oldest.GetProperty("amount").GetInt32(),
            oldest.GetProperty("purchase").GetString(), oldest.GetProperty("store").GetString()));
        Assert.Equal(7, bobs.RootElement.GetProperty("balance").GetInt32());
        Assert.Equal("p-b1", Assert.Single(bobs.RootElement.GetProperty("entries").EnumerateArray()).GetProperty("purchase").GetString());
    }

    [Fact]
    public async Task History_NoTokenOperatorKeyOrBadPage_Refused()
    {
        await using var gateway = await GatewayFixture.StartAsync([GatewayFixture.ScenarioPath("welcome.yaml")]);
        using var anonymous = new HttpClient { BaseAddress = gateway.HttpBase };
        using var app = App(gateway, "alice");

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/app/points")).StatusCode);
        // The operator's key is for the store's API: the app API answers only a shopper's own install.
        Assert.Equal(HttpStatusCode.Forbidden, (await gateway.Http.GetAsync("/api/app/points")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await app.GetAsync("/api/app/points?size=1000")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await app.GetAsync("/api/app/points?page=0")).StatusCode);
    }

    [Fact]
    public async Task Redemption_RetriedKeySameCode_TooFewPoints409_NoKey400_AnotherAppsKeyIsItsOwn()
    {
        await using var gateway = await GatewayFixture.StartAsync([GatewayFixture.ScenarioPath("welcome.yaml")]);
        Assert.Equal(HttpStatusCode.Created, (await gateway.Http.PostAsync("/api/coupons", CampaignDocs.Yaml(ForPoints))).StatusCode);
        var ledger = gateway.App.Services.GetRequiredService<PointsLedger>();
        ledger.Credit(new PointsChange(gateway.Shopper("alice"), 300, PointsKeys.Share("p-1"), "share", "store-w", "p-1"));
        using var alice = App(gateway, "alice");
        using var bob = App(gateway, "bob");

        using var bought = await RedeemAsync(alice, "tap-1");
        using var retried = await RedeemAsync(alice, "tap-1");
        using var tooFew = await RedeemAsync(alice, "tap-2");
        using var bobsSameKey = await RedeemAsync(bob, "tap-1");
        using var noKey = await alice.PostAsJsonAsync("/api/app/points/redemptions", new { coupon = "drink-for-points" });

        Assert.Equal(HttpStatusCode.OK, bought.StatusCode);
        var code = Json(await bought.Content.ReadAsStringAsync()).GetProperty("code").GetString();
        Assert.Equal(code, Json(await retried.Content.ReadAsStringAsync()).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Conflict, tooFew.StatusCode);
        var problem = Json(await tooFew.Content.ReadAsStringAsync());
        Assert.Equal(("insufficient", 100, 200), (problem.GetProperty("reason").GetString(), problem.GetProperty("balance").GetInt32(), problem.GetProperty("cost").GetInt32()));
        Assert.Equal(HttpStatusCode.Conflict, bobsSameKey.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noKey.StatusCode);
        Assert.Equal(100, ledger.BalanceOf(gateway.Shopper("alice")));
        Assert.Equal(gateway.Shopper("alice"), Assert.Single(gateway.Database.CouponIssues.FindAll()).Shopper);
        gateway.AssertNoErrorsLogged();
    }

    internal static HttpClient App(GatewayFixture gateway, string shopper)
    {
        var client = new HttpClient { BaseAddress = gateway.HttpBase };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", gateway.Token(shopper));
        return client;
    }

    internal static Task<HttpResponseMessage> RedeemAsync(HttpClient app, string key, string coupon = "drink-for-points")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/app/points/redemptions") { Content = JsonContent.Create(new { coupon }) };
        request.Headers.Add("Idempotency-Key", key);
        return app.SendAsync(request);
    }

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement.Clone();
}
