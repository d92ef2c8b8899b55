using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ScenarioEdge.Gateway.Tests.Infrastructure;

namespace ScenarioEdge.Gateway.Tests.Campaigns.Facts;

/// <summary>
/// Operator-assigned shopper tags: set and read through the API by role, validated, carried on every trigger from
/// the shopper's own record (never another's), exported and erased with the shopper.
/// </summary>
public sealed class ShopperTagsTests
{
    [Fact]
    public async Task PutTags_AudienceTagsAny_OnlyTheTaggedShopperGetsIt()
    {
        await using var gateway = await LiveFactsTests.StartAsync();
        await using var signals = new LiveSignalPublisher(gateway);
        var (fay, gus, hal) = (gateway.Shopper("fay"), gateway.Shopper("gus"), gateway.Shopper("hal"));
        using var op = Client(gateway, await KeyAsync(gateway, "operator"));
        Assert.Equal(HttpStatusCode.OK, (await op.PutAsJsonAsync($"/api/shoppers/{fay}/tags", new { tags = new[] { "loyalty-gold", "runner" } })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await op.PutAsJsonAsync($"/api/shoppers/{hal}/tags", new { tags = new[] { "loyalty-gold", "staff" } })).StatusCode);
        var t0 = TimeProvider.System.GetUtcNow().AddSeconds(-30);

        await signals.AtTheDoorAsync("fay", t0);
        await signals.AtTheDoorAsync("gus", t0);
        await signals.AtTheDoorAsync("hal", t0);

        await DecisionApi.WaitForAsync(gateway, fay, "f-tags", "sent");
        Assert.Equal("audience", (await DecisionApi.WaitForAsync(gateway, gus, "f-tags", "suppressed")).Text("reason"));
        Assert.Equal("audience", (await DecisionApi.WaitForAsync(gateway, hal, "f-tags", "suppressed")).Text("reason"));
        Assert.Equal(["loyalty-gold", "runner"], await TagsAsync(gateway, gateway.ApiKey, fay));
        Assert.Empty(await TagsAsync(gateway, gateway.ApiKey, gus));
        gateway.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task PutTags_ViewerOrApp_RefusedAndNothingChanges()
    {
        await using var gateway = await LiveFactsTests.StartAsync();
        var fay = gateway.Shopper("fay");
        var viewerKey = await KeyAsync(gateway, "viewer");
        using var viewer = Client(gateway, viewerKey);
        using var app = Client(gateway, gateway.Token("fay"));

        var byViewer = await viewer.PutAsJsonAsync($"/api/shoppers/{fay}/tags", new { tags = new[] { "loyalty-gold" } });
        var byApp = await app.PutAsJsonAsync($"/api/shoppers/{fay}/tags", new { tags = new[] { "loyalty-gold" } });
        var readByApp = await app.GetAsync($"/api/shoppers/{fay}/tags");

        Assert.Equal(HttpStatusCode.Forbidden, byViewer.StatusCode);
        Assert.True(byApp.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized, $"app: {byApp.StatusCode}");
        Assert.True(readByApp.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized, $"app read: {readByApp.StatusCode}");
        Assert.Empty(await TagsAsync(gateway, viewerKey, fay));
        Assert.Empty(gateway.Database.Shoppers.FindById(fay).Tags);
    }

    [Theory]
    [InlineData("""{"tags":["loyalty gold"]}""", "tags[0]")]
    [InlineData("""{"tags":["ok","ok"]}""", "appears twice")]
    [InlineData("""{"tags":["aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"]}""", "1-40")]
    [InlineData("""{"tags":null}""", "tags: required")]
    [InlineData("""{"tags":["<b>x</b>"]}""", "is not a tag")]
    public async Task PutTags_Invalid_400NamingTheProblem(string body, string named)
    {
        await using var gateway = await LiveFactsTests.StartAsync();
        var fay = gateway.Shopper("fay");

        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        var response = await gateway.Http.PutAsync($"/api/shoppers/{fay}/tags", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(named, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(gateway.Database.Shoppers.FindById(fay).Tags);
    }

    [Fact]
    public async Task PutTags_TooManyOrUnknownShopper_400Or404()
    {
        await using var gateway = await LiveFactsTests.StartAsync();

        var many = await gateway.Http.PutAsJsonAsync($"/api/shoppers/{gateway.Shopper("fay")}/tags", new { tags = Enumerable.Range(0, 33).Select(i => $"t{i}") });
        var unknown = await gateway.Http.PutAsJsonAsync("/api/shoppers/nobody-here/tags", new { tags = new[] { "x" } });
        var unknownRead = await gateway.Http.GetAsync("/api/shoppers/nobody-here/tags");

        Assert.Equal(HttpStatusCode.BadRequest, many.StatusCode);
        Assert.Contains("33 tags, at most 32", await many.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownRead.StatusCode);
    }

    [Fact]
    public async Task Tags_ExportedThenErasedWithTheShopper()
    {
        await using var gateway = await LiveFactsTests.StartAsync();
        var fay = gateway.Shopper("fay");
        Assert.Equal(HttpStatusCode.OK, (await gateway.Http.PutAsJsonAsync($"/api/shoppers/{fay}/tags", new { tags = new[] { "loyalty-gold" } })).StatusCode);

        using var export = JsonDocument.Parse(await gateway.Http.GetStringAsync($"/api/shoppers/{fay}/export"));
        Assert.Equal("loyalty-gold", export.RootElement.GetProperty("tags")[0].GetString());
        Assert.Equal(HttpStatusCode.NoContent, (await gateway.Http.DeleteAsync($"/api/shoppers/{fay}")).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await gateway.Http.GetAsync($"/api/shoppers/{fay}/tags")).StatusCode);
        Assert.Null(gateway.Database.Shoppers.FindById(fay));
    }

    private static async Task<List<string>> TagsAsync(GatewayFixture gateway, string key, string shopper)
    {
        using var client = Client(gateway, key);
        using var doc = JsonDocument.Parse(await client.GetStringAsync($"/api/shoppers/{shopper}/tags"));
        return [.. doc.RootElement.GetProperty("tags").EnumerateArray().Select(t => t.GetString()!)];
    }

    private static HttpClient Client(GatewayFixture gateway, string bearer)
    {
        var client = new HttpClient { BaseAddress = gateway.HttpBase };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        return client;
    }

    private static async Task<string> KeyAsync(GatewayFixture gateway, string role)
    {
        var response = await gateway.Http.PostAsJsonAsync("/api/keys", new { name = role, role });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("key").GetString()!;
    }
}
