using Microsoft.Extensions.DependencyInjection;
using ScenarioEdge.Campaigns.Compilation;
using ScenarioEdge.Gateway.Delivery;
using ScenarioEdge.Gateway.Tests.Campaigns;
using ScenarioEdge.Gateway.Tests.Infrastructure;

namespace ScenarioEdge.Gateway.Tests.Coupons;

/// <summary>A campaign whose push names a coupon, through the hosted engine: the push carries the issued code, and a spent budget is a decision with its reason.</summary>
public sealed class CouponIssuanceTests
{
    [Fact]
    public async Task CouponCampaign_FirstEntryGetsCode_SecondSuppressedForBudget()
    {
        await using var gateway = await StartAsync();
        var alice = gateway.Shopper("alice");
        var player = new ScenePlayer(gateway, alice, "store-w");
        var t = TimeProvider.System.GetUtcNow().AddSeconds(-30);

        player.Enter("entrance", t);
        player.MoveTo("aisle", t.AddSeconds(1));
        await DecisionApi.WaitForAsync(gateway, alice, "c-aisle", "sent");
        await Eventually.TrueAsync(() => gateway.Database.Pushes.Count(p => p.Campaign == "c-aisle") == 1, "the coupon push recorded");
        var push = gateway.Database.Pushes.FindOne(p => p.Campaign == "c-aisle");
        var entry = Assert.Single(gateway.Database.CouponIssues.FindAll());
        Assert.Equal(entry.Id, push.Coupon);
        Assert.Equal(entry.Id, PushLedger.ToMessage(push).Coupon);
        Assert.Equal((alice, "c-aisle", "store-w", "aisle-1"), (entry.Shopper, entry.Campaign, entry.Store, entry.Coupon));

        player.MoveTo("entrance", t.AddSeconds(2));
        player.MoveTo("aisle", t.AddSeconds(3));
        var spent = await DecisionApi.WaitForAsync(gateway, alice, "c-aisle", "suppressed");

        Assert.Equal("budget", spent.Text("reason"));
        Assert.Contains("budget of 1 coupons spent", spent.Text("detail"), StringComparison.Ordinal);
        Assert.Single(gateway.Database.CouponIssues.FindAll());
        Assert.Equal(1, gateway.Metrics.CampaignDecisions("c-aisle", "suppressed_budget"));
        gateway.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task CampaignNamingNoCoupon_RefusedAtValidation()
    {
        await using var gateway = await GatewayFixture.StartAsync([GatewayFixture.ScenarioPath("welcome.yaml")]);
        var yaml = await File.ReadAllTextAsync(Path.Combine(GatewayFixture.CampaignsPath("coupons"), "c-aisle.yaml"));

        using var refused = await gateway.Http.PostAsync("/api/campaigns", CampaignDocs.Yaml(yaml));

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("unknown coupon 'aisle-1'", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, gateway.Metrics.CampaignDocumentsRefused["unknown_reference"]);
    }

    /// <summary>
    /// The store is provisioned after the start, so the coupon naming it is judged again then (a pass of the coupon folder
    /// after the provisioning change), and the campaign naming the coupon after that: waited for before playing.
    /// </summary>
    internal static async Task<GatewayFixture> StartAsync()
    {
        var gateway = await GatewayFixture.StartAsync(
            [GatewayFixture.ScenarioPath("welcome.yaml")],
            new Dictionary<string, string?>
            {
                ["Gateway:Campaigns:Folder"] = GatewayFixture.CampaignsPath("coupons"),
                ["Gateway:Coupons:Folder"] = Path.Combine(AppContext.BaseDirectory, "Coupons", "TestCoupons"),
            });
        var active = gateway.App.Services.GetRequiredService<ActiveCampaigns>();
        await Eventually.TrueAsync(() => active.Current.ById.ContainsKey("c-aisle"), "the coupon campaign to be active");
        return gateway;
    }
}
