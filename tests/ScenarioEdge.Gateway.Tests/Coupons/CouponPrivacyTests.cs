using System.Net;
using System.Text.Json;
using ScenarioEdge.Gateway.Tests.Campaigns;
using ScenarioEdge.Gateway.Tests.Infrastructure;

namespace ScenarioEdge.Gateway.Tests.Coupons;

/// <summary>The ledger in export and erasure: erasure cuts the link to the shopper and keeps the store's de-identified facts.</summary>
public sealed class CouponPrivacyTests
{
    [Fact]
    public async Task Erasure_ShopperWithARedeemedCoupon_ExportedThenUnlinkedFactsKept()
    {
        await using var gateway = await CouponIssuanceTests.StartAsync();
        var alice = gateway.Shopper("alice");
        var t = TimeProvider.System.GetUtcNow().AddSeconds(-30);
        var player = new ScenePlayer(gateway, alice, "store-w");
        player.Enter("entrance", t);
        player.MoveTo("aisle", t.AddSeconds(1));
        await DecisionApi.WaitForAsync(gateway, alice, "c-aisle", "sent");
        var code = Assert.Single(gateway.Database.CouponIssues.FindAll()).Id;
        using (var redeemed = await CouponApiTests.RedeemAsync(gateway, "store-w", code, "sale-1"))
        {
            Assert.Equal(HttpStatusCode.OK, redeemed.StatusCode);
        }

        using (var export = JsonDocument.Parse(await gateway.Http.GetStringAsync($"/api/shoppers/{alice}/export")))
        {
            var coupon = Assert.Single(export.RootElement.GetProperty("data").GetProperty("coupons").EnumerateArray());
            Assert.Equal((code, "aisle-1", "store-w"), (coupon.GetProperty("code").GetString(), coupon.GetProperty("coupon").GetString(), coupon.GetProperty("store").GetString()));
            Assert.NotEqual(JsonValueKind.Null, coupon.GetProperty("redeemedAt").ValueKind);
        }

        Assert.Equal(HttpStatusCode.NoContent, (await gateway.Http.DeleteAsync($"/api/shoppers/{alice}")).StatusCode);

        var kept = Assert.Single(gateway.Database.CouponIssues.FindAll());
        Assert.Null(kept.Shopper);
        Assert.Null(kept.ShopperKey);
        Assert.DoesNotContain(alice, kept.Key, StringComparison.Ordinal);
        Assert.Equal(("aisle-1", "store-w", 1.0), (kept.Coupon, kept.Store, kept.Value));
        Assert.NotNull(kept.RedeemedAt);
        Assert.Equal(1, gateway.Database.CouponBudgets.FindById("aisle-1").Issued);
        // Nothing about her is left to find by her id, and the file holds her id nowhere in the ledger.
        Assert.Equal(0, gateway.Database.CouponIssues.Count(c => c.Shopper == alice));
        gateway.AssertNoErrorsLogged();
    }
}
