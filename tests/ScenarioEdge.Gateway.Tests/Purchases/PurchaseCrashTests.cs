using ScenarioEdge.Gateway.Tests.Infrastructure;

namespace ScenarioEdge.Gateway.Tests.Purchases;

/// <summary>
/// A crash between a purchase's commit and its decision: the trigger is raised again at the next start and its push
/// goes out exactly once; a crash after the push went out does not send it again.
/// </summary>
public sealed class PurchaseCrashTests
{
    private const string Topic = "se/v1/stores/store-p/devices/till-1/purchases";

    [Fact]
    public async Task Crash_BeforeThePurchaseWasDecided_TriggerRaisedAtRestart_PushOnce()
    {
        var data = Directory.CreateTempSubdirectory("se-crash-").FullName;
        string id;
        // A round open for 10 s: the crash comes after the purchase's PUBACK and before its decision.
        var gateway = await PosRig.StartAsync(new Dictionary<string, string?> { ["Gateway:Campaigns:ArbitrationWindow"] = "00:00:10" }, data);
        await using (gateway)
        {
            await PurchaseTests.ActivateAsync(gateway, Campaign);
            await using var till = await gateway.ConnectAsync("till-1");
            Assert.True((await till.PublishAsync(Topic, PosRig.Purchase("m-1", "r-1", await PosRig.CheckoutCodeAsync(gateway, "alice")))).IsSuccess);
            id = gateway.Database.Purchases.FindOne(p => p.Receipt == "r-1").Id;
            await gateway.CrashAsync();
        }

        await using var restarted = await GatewayFixture.StartAsync(dataDirectory: data);

        await Eventually.TrueAsync(() => restarted.Database.Pushes.Exists(p => p.Purchase == id), "the purchase's push after the restart");
        await Eventually.TrueAsync(() => !restarted.Database.Purchases.FindById(id).TriggerPending, "the purchase's trigger settled");
        Assert.Single(restarted.Database.Pushes.Find(p => p.Purchase == id));
        Assert.Single(restarted.Database.Decisions.Find(d => d.Campaign == "share-crash" && d.Outcome == "sent"));
    }

    [Fact]
    public async Task Crash_AfterThePushWentOut_DecisionsWrittenLazily_NotSentAgainAtRestart()
    {
        var data = Directory.CreateTempSubdirectory("se-crash-").FullName;
        string first;
        string code;
        // Decisions written a minute after they happen: a push sent before its limits are written would be sent again.
        var gateway = await PosRig.StartAsync(new Dictionary<string, string?> { ["Gateway:Campaigns:WriteDelay"] = "00:01:00" }, data);
        (string User, string Password) login;
        await using (gateway)
        {
            await PurchaseTests.ActivateAsync(gateway, Campaign);
            await using var till = await gateway.ConnectAsync("till-1");
            login = gateway.Credentials.For("till-1")!.Value;
            Assert.True((await till.PublishAsync(Topic, PosRig.Purchase("m-1", "r-1", await PosRig.CheckoutCodeAsync(gateway, "alice")))).IsSuccess);
            first = gateway.Database.Purchases.FindOne(p => p.Receipt == "r-1").Id;
            // Asked for before the crash: open checkout codes outlive a restart.
            code = await PosRig.CheckoutCodeAsync(gateway, "alice");
            await Eventually.TrueAsync(() => gateway.Database.Pushes.Exists(p => p.Purchase == first), "the purchase's push");
            await gateway.CrashAsync();
        }

        await using var restarted = await GatewayFixture.StartAsync(dataDirectory: data);
        await using var again = await TestMqtt.ConnectAsync(restarted.MqttPort, "till-1", login.User, login.Password);
        // Triggers are decided and written in order: once a later purchase is settled, whatever start raised again was too.
        Assert.True((await again.PublishAsync(Topic, PosRig.Purchase("m-2", "r-2", code))).IsSuccess);
        var second = restarted.Database.Purchases.FindOne(p => p.Receipt == "r-2").Id;
        await Eventually.TrueAsync(() => !restarted.Database.Purchases.FindById(second).TriggerPending, "the later purchase settled");

        var purchase = restarted.Database.Purchases.FindById(first);
        Assert.False(purchase.TriggerPending);
        Assert.NotNull(purchase.Shopper);
        Assert.Single(restarted.Database.Decisions.Find(d => d.Campaign == "share-crash" && d.Outcome == "sent"), d => d.EventTime.ToUniversalTime() == purchase.EventTime.UtcDateTime);
        Assert.Single(restarted.Database.Pushes.Find(p => p.Purchase == first));
    }

    [Fact]
    public async Task Purchase_MatchingNoCampaign_NotLeftPending_ErasureClearsAPendingOne()
    {
        await using var gateway = await PosRig.StartAsync(new Dictionary<string, string?> { ["Gateway:Campaigns:ArbitrationWindow"] = "00:00:10" });
        await using var till = await gateway.ConnectAsync("till-1");
        Assert.True((await till.PublishAsync(Topic, PosRig.Purchase("m-1", "r-1", await PosRig.CheckoutCodeAsync(gateway, "alice")))).IsSuccess);
        // Nothing to decide: a flag left here would be raised again at every start, and grow with every purchase.
        Assert.False(gateway.Database.Purchases.FindOne(p => p.Receipt == "r-1").TriggerPending);

        await PurchaseTests.ActivateAsync(gateway, Campaign);
        Assert.True((await till.PublishAsync(Topic, PosRig.Purchase("m-2", "r-2", await PosRig.CheckoutCodeAsync(gateway, "alice")))).IsSuccess);
        Assert.True(gateway.Database.Purchases.FindOne(p => p.Receipt == "r-2").TriggerPending);
        Assert.Equal(System.Net.HttpStatusCode.NoContent, (await gateway.Http.DeleteAsync($"/api/shoppers/{gateway.Shopper("alice")}")).StatusCode);

        var erased = gateway.Database.Purchases.FindOne(p => p.Receipt == "r-2");
        Assert.Equal((null, false), (erased.Shopper, erased.TriggerPending));
    }

    private const string Campaign = """
        id: share-crash
        version: 1
        name: Share and earn
        stores: [store-p]
        trigger: { kind: purchase }
        content:
          appPush:
            title: Share your basket and earn points
            body: Thanks for shopping at {store}
            deepLink: app://share/purchase
        priority: 5
        """;
}
