using System.Net;
using Microsoft.Extensions.DependencyInjection;
using MQTTnet;
using ScenarioEdge.Campaigns.Compilation;
using ScenarioEdge.Gateway.Tests.Campaigns;
using ScenarioEdge.Gateway.Tests.Infrastructure;

namespace ScenarioEdge.Gateway.Tests.Purchases;

/// <summary>Purchases from a till over MQTT: recorded once per receipt, linked to the shopper by the app's checkout code, and the purchase trigger.</summary>
public sealed class PurchaseTests
{
    private const string Topic = "se/v1/stores/store-p/devices/till-1/purchases";

    private const string ShareCampaign = """
        id: share-p
        version: 1
        name: Share and earn
        stores: [store-p]
        trigger: { kind: purchase }
        conditions:
          - { minTotal: 2, products: [sports-500] }
        content:
          appPush:
            title: Share your basket and earn points
            body: Thanks for shopping at {store}
            deepLink: app://share/purchase
        priority: 5
        """;

    [Fact]
    public async Task Purchase_WithCheckoutCode_RecordedForTheShopper_TriggerPushCarriesThePurchase()
    {
        await using var gateway = await PosRig.StartAsync();
        await ActivateAsync(gateway, ShareCampaign);
        await using var till = await gateway.ConnectAsync("till-1");
        var code = await PosRig.CheckoutCodeAsync(gateway, "alice");

        var ack = await till.PublishAsync(Topic, PosRig.Purchase("m-1", "r-1", code));

        Assert.True(ack.IsSuccess, ack.ReasonCode.ToString());
        var purchase = gateway.Database.Purchases.FindOne(p => p.Receipt == "r-1");
        Assert.Equal((gateway.Shopper("alice"), "store-p", "till-1", 4.2), (purchase.Shopper, purchase.Store, purchase.Device, purchase.Total));
        Assert.Equal(["sports-500", "croissant"], purchase.Items.Select(i => i.Sku));
        await Eventually.TrueAsync(() => gateway.Database.Pushes.Exists(p => p.Campaign == "share-p"), "the purchase's push");
        var push = gateway.Database.Pushes.FindOne(p => p.Campaign == "share-p");
        Assert.Equal((purchase.Id, gateway.Shopper("alice")), (push.Purchase, push.Shopper));
        Assert.Contains("purchase in store store-p", push.Reason, StringComparison.Ordinal);
        Assert.Equal(1, gateway.Metrics.Purchases["identified"]);
        gateway.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task Purchase_WithoutCodeOrBelowConditions_RecordedNoPush()
    {
        await using var gateway = await PosRig.StartAsync();
        await ActivateAsync(gateway, ShareCampaign);
        await using var till = await gateway.ConnectAsync("till-1");

        Assert.True((await till.PublishAsync(Topic, PosRig.Purchase("m-1", "r-1"))).IsSuccess);
        var small = await PosRig.CheckoutCodeAsync(gateway, "alice");
        Assert.True((await till.PublishAsync(Topic, PosRig.Purchase("m-2", "r-2", small, qty: 0.5))).IsSuccess);
        // Triggers are decided in order: once this one's push is there, the ones before it were decided.
        var big = await PosRig.CheckoutCodeAsync(gateway, "alice");
        Assert.True((await till.PublishAsync(Topic, PosRig.Purchase("m-3", "r-3", big, qty: 4))).IsSuccess);

        Assert.Null(gateway.Database.Purchases.FindOne(p => p.Receipt == "r-1").Shopper);
        Assert.Equal(gateway.Shopper("alice"), gateway.Database.Purchases.FindOne(p => p.Receipt == "r-2").Shopper);
        await Eventually.TrueAsync(() => gateway.Database.Pushes.Exists(p => p.Campaign == "share-p"), "the qualifying purchase's push");
        Assert.Equal(gateway.Database.Purchases.FindOne(p => p.Receipt == "r-3").Id, Assert.Single(gateway.Database.Pushes.Find(p => p.Campaign == "share-p")).Purchase);
        Assert.Equal((1, 2), (gateway.Metrics.Purchases["recorded"], gateway.Metrics.Purchases["identified"]));
    }

    [Fact]
    public async Task Purchase_ReplayedReceipt_RecordedOnce_SameReceiptOtherContentRefusedAndCounted()
    {
        await using var gateway = await PosRig.StartAsync();
        await ActivateAsync(gateway, ShareCampaign);
        await using var till = await gateway.ConnectAsync("till-1");
        var code = await PosRig.CheckoutCodeAsync(gateway, "alice");
        var body = PosRig.Purchase("m-1", "r-1", code);

        var first = await till.PublishAsync(Topic, body);
        var redelivered = await till.PublishAsync(Topic, body);
        // A till that restarted sends the receipt again under a new message id.
        var resent = await till.PublishAsync(Topic, body.Replace("\"m-1\"", "\"m-9\"", StringComparison.Ordinal));
        var changed = await till.PublishAsync(Topic, PosRig.Purchase("m-2", "r-1", qty: 3));

        Assert.True(first.IsSuccess && redelivered.IsSuccess && resent.IsSuccess, $"{first.ReasonCode} {redelivered.ReasonCode} {resent.ReasonCode}");
        Assert.False(changed.IsSuccess);
        Assert.Contains("recorded at", changed.ReasonString, StringComparison.Ordinal);
        var kept = Assert.Single(gateway.Database.Purchases.FindAll());
        Assert.Equal((gateway.Shopper("alice"), 4.2), (kept.Shopper, kept.Total));
        Assert.Equal((1, 2, 1), (gateway.Metrics.Purchases["identified"], gateway.Metrics.Purchases["replayed"], gateway.Metrics.Purchases["receipt_conflict"]));
        // Only the first recording is handed on: one trigger, one push.
        await Eventually.TrueAsync(() => gateway.Database.Pushes.Exists(p => p.Campaign == "share-p"), "the purchase's push");
        Assert.Equal(0, gateway.Metrics.Purchases["checkout_code_refused"]);
        gateway.AssertNoErrorsLogged();
    }

    internal static async Task ActivateAsync(GatewayFixture gateway, string yaml)
    {
        using var created = await gateway.Http.PostAsync("/api/campaigns", CampaignDocs.Yaml(yaml));
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var id = yaml.Split('\n')[0]["id: ".Length..].Trim();
        using var activated = await gateway.Http.PostAsync($"/api/campaigns/{id}/activate", null);
        var active = gateway.App.Services.GetRequiredService<ActiveCampaigns>();
        await Eventually.TrueAsync(() => active.Current.ById.ContainsKey(id), $"campaign {id} to be active");
    }
}
