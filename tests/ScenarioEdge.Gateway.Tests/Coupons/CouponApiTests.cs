using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ScenarioEdge.Gateway.Security;
using ScenarioEdge.Gateway.Storage;
using ScenarioEdge.Gateway.Tests.Campaigns;
using ScenarioEdge.Gateway.Tests.Infrastructure;

namespace ScenarioEdge.Gateway.Tests.Coupons;

/// <summary><c>/api/coupons</c> and redemption over HTTP, against the hosted gateway.</summary>
public sealed class CouponApiTests
{
    private const int RefusalLogPromptLimit = ScenarioEdge.Gateway.Observability.RefusalLog.MaxPromptLines;

    private const string Drinks = """
        id: drinks-2
        version: 1
        name: 2 off drinks
        kind: amount
        value: 2
        scope: { categories: [drinks] }
        validity: { days: 7 }
        budget: { count: 10, value: 15 }
        stores: [store-w]
        """;

    [Fact]
    public async Task CreateUpdate_StaleVersion409_InvalidListsEveryProblemByLine_ViewerReadsOnly()
    {
        await using var gateway = await StartAsync();
        using var viewer = CampaignDocs.Client(gateway.HttpBase, gateway.App.Services.GetRequiredService<ApiKeys>().Create("viewer", OperatorRole.Viewer).Key);

        var created = await gateway.Http.PostAsync("/api/coupons", CampaignDocs.Yaml(Drinks));
        var updated = await gateway.Http.PutAsync("/api/coupons/drinks-2", CampaignDocs.Yaml(Drinks.Replace("version: 1", "version: 2", StringComparison.Ordinal).Replace("name: 2 off drinks", "name: Two off", StringComparison.Ordinal)));
        var stale = await gateway.Http.PutAsync("/api/coupons/drinks-2", CampaignDocs.Yaml(Drinks.Replace("version: 1", "version: 2", StringComparison.Ordinal)));
        var invalid = await gateway.Http.PostAsync("/api/coupons", CampaignDocs.Yaml(Drinks.Replace("drinks-2", "bad", StringComparison.Ordinal)
            .Replace("kind: amount", "kind: cashback", StringComparison.Ordinal).Replace("stores: [store-w]", "stores: [store-9]", StringComparison.Ordinal)));
        var viewerWrite = await viewer.PostAsync("/api/coupons", CampaignDocs.Yaml(Drinks.Replace("drinks-2", "other", StringComparison.Ordinal)));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal("\"2\"", updated.Headers.ETag?.ToString());
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("stale: version 2 is current", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        using var problem = JsonDocument.Parse(await invalid.Content.ReadAsStringAsync());
        var problems = problem.RootElement.GetProperty("problems").EnumerateArray().Select(p => (p.GetProperty("path").GetString(), p.GetProperty("line").GetInt32())).ToList();
        Assert.Contains(("$.kind", 4), problems);
        Assert.Contains(("$.stores[0]", 9), problems);
        Assert.Equal(HttpStatusCode.Forbidden, viewerWrite.StatusCode);
        using var read = JsonDocument.Parse(await viewer.GetStringAsync("/api/coupons/drinks-2"));
        Assert.Equal(("Two off", 2, "active"), (read.RootElement.GetProperty("name").GetString(), read.RootElement.GetProperty("version").GetInt32(), read.RootElement.GetProperty("state").GetString()));
        Assert.Equal(2, JsonDocument.Parse(await viewer.GetStringAsync("/api/coupons/drinks-2/versions")).RootElement.GetArrayLength());
        gateway.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task Redemption_OperatorKey_OnceThen409_ReplayedKeySameAnswer_OtherBody422_NoKey400()
    {
        await using var gateway = await StartAsync();
        Assert.Equal(HttpStatusCode.Created, (await gateway.Http.PostAsync("/api/coupons", CampaignDocs.Yaml(Drinks))).StatusCode);
        var code = Issue(gateway, "s1").Code!;
        var other = Issue(gateway, "s2").Code!;

        var first = await RedeemAsync(gateway, "store-w", code, "receipt-1");
        var replay = await RedeemAsync(gateway, "store-w", code, "receipt-1");
        var second = await RedeemAsync(gateway, "store-w", code, "receipt-2");
        var reused = await RedeemAsync(gateway, "store-w", other, "receipt-1");
        var elsewhere = await RedeemAsync(gateway, "store-x", other, "receipt-3");
        using var noKey = await gateway.Http.PostAsJsonAsync("/api/stores/store-w/redemptions", new { code });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var firstBody = await first.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.Equal(JsonDocument.Parse(firstBody).RootElement.GetProperty("redemption").GetString(),
            JsonDocument.Parse(await replay.Content.ReadAsStringAsync()).RootElement.GetProperty("redemption").GetString());
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("application/problem+json", second.Content.Headers.ContentType?.MediaType);
        Assert.Equal("already_redeemed", JsonDocument.Parse(await second.Content.ReadAsStringAsync()).RootElement.GetProperty("reason").GetString());
        Assert.Equal(HttpStatusCode.Conflict, reused.StatusCode);
        Assert.Contains("used for another request", await reused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, elsewhere.StatusCode);
        Assert.Equal("other_store", JsonDocument.Parse(await elsewhere.Content.ReadAsStringAsync()).RootElement.GetProperty("reason").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, noKey.StatusCode);
        Assert.Contains("se_redemptions_total{result=\"already_redeemed\"} 1", await gateway.Http.GetStringAsync("/metrics"), StringComparison.Ordinal);
        gateway.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task Redemption_FloodOfBadCodes_CountedSummarisedNothingStoredHostFine()
    {
        await using var gateway = await StartAsync();
        Assert.Equal(HttpStatusCode.Created, (await gateway.Http.PostAsync("/api/coupons", CampaignDocs.Yaml(Drinks))).StatusCode);
        var good = Issue(gateway, "s1").Code!;

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 300; i++)
        {
            using var response = await RedeemAsync(gateway, "store-w", i % 2 == 0 ? $"ZZZZZ{i:D7}" : $"bad code {i}", $"flood-{i}");
            statuses.Add(response.StatusCode);
        }

        Assert.All(statuses, s => Assert.True(s is HttpStatusCode.NotFound or HttpStatusCode.UnprocessableEntity, s.ToString()));
        Assert.Equal(150, gateway.Metrics.Redemptions["unknown"]);
        Assert.Equal(150, gateway.Metrics.Redemptions["malformed"]);
        Assert.Equal(0, gateway.Database.Redemptions.Count());
        // Summarised: a few prompt and summary lines for the caller, not one per guess.
        var lines = gateway.Logs.Entries.Count(e => e.Message.Contains("coupon_", StringComparison.Ordinal));
        Assert.InRange(lines, 1, RefusalLogPromptLimit + 5);
        Assert.Equal(HttpStatusCode.OK, (await RedeemAsync(gateway, "store-w", good, "real-sale")).StatusCode);
        gateway.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task Reversal_RefundedPurchase_CouponRedeemsAgain_UnknownOr404()
    {
        await using var gateway = await StartAsync();
        Assert.Equal(HttpStatusCode.Created, (await gateway.Http.PostAsync("/api/coupons", CampaignDocs.Yaml(Drinks))).StatusCode);
        var code = Issue(gateway, "s1").Code!;
        using var first = await RedeemAsync(gateway, "store-w", code, "sale-1");
        var id = JsonDocument.Parse(await first.Content.ReadAsStringAsync()).RootElement.GetProperty("redemption").GetString();

        using var reversal = await gateway.Http.PostAsync($"/api/stores/store-w/redemptions/{id}/reversal", null);
        using var foreign = await gateway.Http.PostAsync($"/api/stores/store-x/redemptions/{id}/reversal", null);
        using var again = await RedeemAsync(gateway, "store-w", code, "sale-2");

        Assert.Equal(HttpStatusCode.OK, reversal.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }

    internal static ScenarioEdge.Gateway.Campaigns.CouponIssue Issue(GatewayFixture gateway, string shopper, string coupon = "drinks-2") =>
        gateway.App.Services.GetRequiredService<ScenarioEdge.Gateway.Campaigns.ICouponIssuer>()
            .Issue(new ScenarioEdge.Gateway.Campaigns.CouponRequest(coupon, "camp", shopper, "store-w", "zoneEntered", new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)));

    internal static async Task<HttpResponseMessage> RedeemAsync(GatewayFixture gateway, string store, string code, string key, string? shopper = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/stores/{store}/redemptions") { Content = JsonContent.Create(new { code, shopper }) };
        request.Headers.Add("Idempotency-Key", key);
        return await gateway.Http.SendAsync(request);
    }

    private static Task<GatewayFixture> StartAsync() => GatewayFixture.StartAsync([GatewayFixture.ScenarioPath("welcome.yaml")]);
}
