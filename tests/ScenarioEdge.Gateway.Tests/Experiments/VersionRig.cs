using System.Globalization;
using System.Net;
using ScenarioEdge.Gateway.Tests.Campaigns;
using ScenarioEdge.Gateway.Tests.Infrastructure;
using ScenarioEdge.Gateway.Tests.Purchases;

namespace ScenarioEdge.Gateway.Tests.Experiments;

/// <summary>
/// The till store (pos.yaml) on an event clock the test moves, with campaigns made and ended through the API (no
/// folder campaigns), and alice buying sports drinks at till-1 with her app's checkout code at a chosen event time.
/// </summary>
internal static class VersionRig
{
    public static Task<GatewayFixture> StartAsync(TimeProvider time, string? data = null, params string[] extraSeeds) =>
        GatewayFixture.StartAsync(
            [GatewayFixture.ScenarioPath("welcome.yaml"), GatewayFixture.ScenarioPath("pos.yaml"), .. extraSeeds],
            new Dictionary<string, string?> { ["Gateway:Campaigns:Folder"] = ExperimentRig.Folder() }, data, time: time);

    /// <summary>Entering store-p's entrance exposes the shopper; the display names <paramref name="product"/> (what it promotes).</summary>
    public static string Drinks(string id, int version = 1, string product = "sports-500", string window = "24h", string extra = "") => $"""
        id: {id}
        version: {version}
        name: {id}
        stores: [store-p]
        trigger:
          kind: zoneEntered
        conditions:
          - zones: [entrance]
        content:
          appPush: {"{"} title: "Sports drinks", body: "At the entrance", deepLink: "app://drinks"{extra} {"}"}
          shelfDisplay: {"{"} display: nearest, title: "Drinks", product: {product}, ttl: 60s {"}"}
        attribution: {"{"} window: {window}, visit: false {"}"}
        """;

    public static async Task CreateAsync(GatewayFixture gateway, string yaml, string id)
    {
        using var created = await gateway.Http.PostAsync(new Uri("/api/campaigns", UriKind.Relative), CampaignDocs.Yaml(yaml));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        await ActAsync(gateway, id, "activate");
    }

    /// <summary>activate, pause or end, through the API.</summary>
    public static async Task ActAsync(GatewayFixture gateway, string id, string action)
    {
        using var done = await gateway.Http.PostAsync(new Uri($"/api/campaigns/{id}/{action}", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
    }

    /// <summary>Alice buys two sports drinks (3.00) and a croissant (1.20) at till-1, dated <paramref name="at"/>; returns the attribution's credit.</summary>
    public static async Task<string?> BuyAsync(GatewayFixture gateway, TestMqtt till, string receipt, DateTimeOffset at)
    {
        var before = gateway.Database.Attributions.Count();
        var code = await PosRig.CheckoutCodeAsync(gateway, "alice");
        var ts = at.ToString("O", CultureInfo.InvariantCulture);
        var ack = await till.PublishAsync("se/v1/stores/store-p/devices/till-1/purchases", PosRig.Purchase("m-" + receipt, receipt, code, qty: 2, ts: ts));
        Assert.True(ack.IsSuccess, ack.ReasonString);
        await Eventually.TrueAsync(() => gateway.Database.Attributions.Count() == before + 1, $"the attribution of {receipt}");
        var utc = at.UtcDateTime;
        return gateway.Database.Attributions.FindAll().Single(a => Math.Abs((a.At.ToUniversalTime() - utc).TotalMilliseconds) < 1).Credited;
    }
}
