using System.Text.Json;
using ScenarioEdge.Gateway.Tests.Infrastructure;
using ScenarioEdge.Gateway.Tests.Purchases;

namespace ScenarioEdge.Gateway.Tests.Points;

/// <summary>
/// The share loop end to end over real MQTT clients: a till publishes a purchase with the app's checkout code, the
/// purchase-triggered campaign pushes the invitation to the app, the app reports the share, and the points show in the
/// app's balance (app API). A second purchase earns again; sharing the first again earns nothing.
/// </summary>
public sealed class ShareAndEarnEndToEndTests
{
    private const string Till = "se/v1/stores/store-p/devices/till-1/purchases";

    private const string ShareCampaign = """
        id: share-and-earn
        version: 1
        name: Share and earn
        stores: [store-p]
        trigger: { kind: purchase }
        conditions:
          - { minTotal: 1 }
        content:
          appPush:
            title: Share your basket and earn points
            body: Thanks for shopping at {store}
            deepLink: app://share/purchase
        priority: 5
        """;

    [Fact]
    public async Task PurchaseAtTheTill_SharePushThenShared_PointsInTheAppsBalanceOncePerPurchase()
    {
        await using var gateway = await PosRig.StartAsync(new Dictionary<string, string?> { ["Gateway:Points:PerShare"] = "40" });
        await PurchaseTests.ActivateAsync(gateway, ShareCampaign);
        var install = gateway.Install("alice");
        await using var till = await gateway.ConnectAsync("till-1");
        await using var app = await gateway.ConnectAsync(install);
        var pushes = await PosRig.AnswersAsync(app, $"se/v1/apps/{install}/push");
        using var api = PointsApiTests.App(gateway, "alice");

        Assert.True((await till.PublishAsync(Till, PosRig.Purchase("m-1", "r-1", await PosRig.CheckoutCodeAsync(gateway, "alice")))).IsSuccess);
        var first = await PushAsync(pushes, 1);
        Assert.True((await app.PublishAsync($"se/v1/apps/{install}/up/feedback", ShareAndEarnTests.Shared("fb-1", first))).IsSuccess);
        await Eventually.TrueAsync(async () => await BalanceAsync(api) == 40, "40 points for the first share");

        Assert.True((await till.PublishAsync(Till, PosRig.Purchase("m-2", "r-2", await PosRig.CheckoutCodeAsync(gateway, "alice")))).IsSuccess);
        var second = await PushAsync(pushes, 2);
        Assert.True((await app.PublishAsync($"se/v1/apps/{install}/up/feedback", ShareAndEarnTests.Shared("fb-2", first))).IsSuccess);
        Assert.True((await app.PublishAsync($"se/v1/apps/{install}/up/feedback", ShareAndEarnTests.Shared("fb-3", second))).IsSuccess);
        await Eventually.TrueAsync(async () => await BalanceAsync(api) == 80, "40 more for the second purchase's share");

        using var history = JsonDocument.Parse(await api.GetStringAsync("/api/app/points"));
        var purchases = gateway.Database.Purchases.FindAll().OrderBy(p => p.Receipt, StringComparer.Ordinal).Select(p => p.Id).ToList();
        Assert.Equal(purchases.AsEnumerable().Reverse(), history.RootElement.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("purchase").GetString()));
        Assert.Equal(1, gateway.Metrics.PointsRefused["duplicate"]);
        Assert.Equal(80, gateway.Metrics.PointsCredited);
        gateway.AssertNoErrorsLogged();
    }

    private static async Task<string> PushAsync(List<JsonElement> pushes, int count)
    {
        await Eventually.TrueAsync(() => PosRig.Snapshot(pushes).Length >= count, $"push {count} at the app");
        return PosRig.Snapshot(pushes)[count - 1].GetProperty("id").GetString()!;
    }

    private static async Task<long> BalanceAsync(HttpClient api)
    {
        using var body = JsonDocument.Parse(await api.GetStringAsync("/api/app/points"));
        return body.RootElement.GetProperty("balance").GetInt64();
    }
}
