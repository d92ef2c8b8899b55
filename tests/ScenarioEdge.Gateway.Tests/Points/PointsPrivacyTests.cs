using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ScenarioEdge.Coupons.Points;
using ScenarioEdge.Gateway.Points;
using ScenarioEdge.Gateway.Tests.Campaigns;
using ScenarioEdge.Gateway.Tests.Infrastructure;

namespace ScenarioEdge.Gateway.Tests.Points;

/// <summary>The points ledger in export and erasure: exported whole; erasure cuts the link and keeps amount, time and store.</summary>
public sealed class PointsPrivacyTests
{
    [Fact]
    public async Task Erasure_ShopperWithPointsAndABoughtCoupon_ExportedThenUnlinkedFactsKept()
    {
        await using var gateway = await GatewayFixture.StartAsync([GatewayFixture.ScenarioPath("welcome.yaml")]);
        Assert.Equal(HttpStatusCode.Created, (await gateway.Http.PostAsync("/api/coupons", CampaignDocs.Yaml(PointsApiTests.ForPoints))).StatusCode);
        var (alice, bob) = (gateway.Shopper("alice"), gateway.Shopper("bob"));
        var ledger = gateway.App.Services.GetRequiredService<PointsLedger>();
        ledger.Credit(new PointsChange(alice, 250, PointsKeys.Share("p-1"), "share", "store-w", "p-1"));
        ledger.Credit(new PointsChange(bob, 40, PointsKeys.Share("p-2"), "share", "store-w", "p-2"));
        using var app = PointsApiTests.App(gateway, "alice");
        using (var bought = await PointsApiTests.RedeemAsync(app, "tap-1"))
        {
            Assert.Equal(HttpStatusCode.OK, bought.StatusCode);
        }

        using (var export = JsonDocument.Parse(await gateway.Http.GetStringAsync($"/api/shoppers/{alice}/export")))
        {
            var points = export.RootElement.GetProperty("data").GetProperty("points").EnumerateArray().ToList();
            Assert.Equal(["credit", "debit"], points.Select(p => p.GetProperty("kind").GetString()));
            Assert.Equal("p-1", points[0].GetProperty("purchase").GetString());
        }

        Assert.Equal(HttpStatusCode.NoContent, (await gateway.Http.DeleteAsync($"/api/shoppers/{alice}")).StatusCode);

        var kept = gateway.Database.PointsEntries.Find(e => e.Shopper != bob).OrderBy(e => e.Seq).ToList();
        Assert.Equal([("credit", 250L, "store-w"), ("debit", 200L, "store-w")], kept.Select(e => (e.Kind, e.Amount, e.Store)));
        Assert.All(kept, e =>
        {
            Assert.Null(e.Shopper);
            Assert.Null(e.Purchase);
            Assert.DoesNotContain(alice, e.Key, StringComparison.Ordinal);
            Assert.NotNull(e.ErasedAt);
        });
        Assert.Null(gateway.Database.PointsBalances.FindById(alice));
        Assert.Equal(40, ledger.BalanceOf(bob));
        // Nothing is left to find by her id.
        Assert.Equal(0, gateway.Database.PointsEntries.Count(e => e.Shopper == alice));
        gateway.AssertNoErrorsLogged();
    }
}
