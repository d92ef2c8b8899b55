using MQTTnet;
using ScenarioEdge.Gateway.Storage;
using ScenarioEdge.Gateway.Tests.Infrastructure;

namespace ScenarioEdge.Gateway.Tests.Points;

/// <summary>
/// The share loop's credit, from the app's real MQTT feedback: once per purchase, whichever push and however often
/// it is reported; nothing for a push without a purchase, nothing for another install's push.
/// </summary>
public sealed class ShareAndEarnTests
{
    [Fact]
    public async Task Shared_TwiceOnTwoPushesOfOnePurchaseReplayedAndOnAPushWithout_CreditedOnceCountedByReason()
    {
        await using var gateway = await GatewayFixture.StartAsync([GatewayFixture.ScenarioPath("welcome.yaml")]);
        var (alice, install) = (gateway.Shopper("alice"), gateway.Install("alice"));
        Purchase(gateway, "purchase-1", alice);
        Push(gateway, "push-1", alice, install, "purchase-1");
        Push(gateway, "push-2", alice, install, "purchase-1");
        Push(gateway, "push-3", alice, install, null);
        await using var app = await gateway.ConnectAsync(install);
        await using var bob = await gateway.ConnectAsync(gateway.Install("bob"));
        var topic = $"se/v1/apps/{install}/up/feedback";

        var first = await app.PublishAsync(topic, Shared("fb-1", "push-1"));
        var replayed = await app.PublishAsync(topic, Shared("fb-1", "push-1"));
        var again = await app.PublishAsync(topic, Shared("fb-2", "push-1"));
        var otherPush = await app.PublishAsync(topic, Shared("fb-3", "push-2"));
        var noPurchase = await app.PublishAsync(topic, Shared("fb-4", "push-3"));
        var foreign = await bob.PublishAsync($"se/v1/apps/{gateway.Install("bob")}/up/feedback", Shared("fb-5", "push-1"));

        Assert.All([first, replayed, again, otherPush, noPurchase], r => Assert.True(r.IsSuccess, r.ReasonString));
        Assert.Equal(MqttClientPublishReasonCode.NotAuthorized, foreign.ReasonCode);
        var entry = Assert.Single(gateway.Database.PointsEntries.FindAll());
        Assert.Equal((alice, "credit", 50L, "purchase-1", "store-w"), (entry.Shopper, entry.Kind, entry.Amount, entry.Purchase, entry.Store));
        Assert.Equal(50, gateway.Database.PointsBalances.FindById(alice).Balance);
        Assert.Null(gateway.Database.PointsBalances.FindById(gateway.Shopper("bob")));
        Assert.Equal(2, gateway.Metrics.PointsRefused["duplicate"]);
        Assert.Equal(1, gateway.Metrics.PointsRefused["no_purchase"]);
        Assert.Equal(50, gateway.Metrics.PointsCredited);
        gateway.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task Shared_OnAPushNamingAnotherShoppersPurchase_NoCredit()
    {
        await using var gateway = await GatewayFixture.StartAsync([GatewayFixture.ScenarioPath("welcome.yaml")]);
        var (alice, install) = (gateway.Shopper("alice"), gateway.Install("alice"));
        Purchase(gateway, "purchase-b", gateway.Shopper("bob"));
        Push(gateway, "push-1", alice, install, "purchase-b");
        await using var app = await gateway.ConnectAsync(install);

        var shared = await app.PublishAsync($"se/v1/apps/{install}/up/feedback", Shared("fb-1", "push-1"));

        Assert.True(shared.IsSuccess, shared.ReasonString);
        Assert.Equal(0, gateway.Database.PointsEntries.Count());
        Assert.Equal(1, gateway.Metrics.PointsRefused["no_purchase"]);
    }

    internal static string Shared(string id, string pushId) =>
        $$"""{"v":1,"id":"{{id}}","ts":"{{TimeProvider.System.GetUtcNow().AddSeconds(-1):O}}","pushId":"{{pushId}}","action":"shared"}""";

    private static void Purchase(GatewayFixture gateway, string id, string shopper) => gateway.Database.Purchases.Insert(new PurchaseRecord
    {
        Id = id, Key = PurchaseRecord.KeyOf("store-w", id), Store = "store-w", Receipt = id, Device = "till-1", Shopper = shopper,
        At = TimeProvider.System.GetUtcNow().UtcDateTime, Total = 12.5, Currency = "EUR",
    });

    private static void Push(GatewayFixture gateway, string id, string shopper, string install, string? purchase) => gateway.Database.Pushes.Insert(new PushRecord
    {
        Id = id, Shopper = shopper, Install = install, Store = "store-w", Campaign = "share-and-earn", Purchase = purchase,
        CooldownKey = PushRecord.CooldownKeyOf(shopper, "store-w", "share-and-earn"), TriggeredAt = TimeProvider.System.GetUtcNow().UtcDateTime,
    });
}
