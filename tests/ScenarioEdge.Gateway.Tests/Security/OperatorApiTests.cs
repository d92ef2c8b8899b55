using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ScenarioEdge.Gateway.Tests.Infrastructure;

namespace ScenarioEdge.Gateway.Tests.Security;

public sealed class OperatorApiTests
{
    [Theory]
    [InlineData("GET", "/api/stores")]
    [InlineData("GET", "/metrics")]
    [InlineData("POST", "/api/stores/store-w/devices")]
    [InlineData("DELETE", "/api/stores/store-w/devices/door-1")]
    [InlineData("GET", "/api/shoppers/alice/export")]
    [InlineData("DELETE", "/api/shoppers/alice")]
    [InlineData("POST", "/api/provisioning/scenario")]
    [InlineData("GET", "/api/app/me/export")]
    [InlineData("GET", "/api/shoppers/alice/scenes")]
    public async Task Call_WithoutCredentials_Is401WithProblemSayingWhatToSend(string method, string path)
    {
        await using var gateway = await GatewayFixture.StartAsync([GatewayFixture.ScenarioPath("welcome.yaml")]);
        using var anonymous = new HttpClient { BaseAddress = gateway.HttpBase };

        var response = await anonymous.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = JsonContent.Create(new { }) });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("Authorization: Bearer", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotNull(gateway.Database.Shoppers.FindById(gateway.Shopper("alice")));
    }

    [Fact]
    public async Task Call_WithRevokedOrForgedKey_Is401NamingWhy()
    {
        await using var gateway = await GatewayFixture.StartAsync();
        var key = await CreateKeyAsync(gateway, "temp", "viewer");
        var id = key.Split('_')[1];
        Assert.Equal(HttpStatusCode.NoContent, (await gateway.Http.DeleteAsync($"/api/keys/{id}")).StatusCode);

        var revoked = await Client(gateway, key).GetAsync("/api/stores");
        var forged = await Client(gateway, key[..^3] + "abc").GetAsync("/api/stores");

        Assert.Equal(HttpStatusCode.Unauthorized, revoked.StatusCode);
        Assert.Contains("revoked", await revoked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.Contains("unknown API key", await forged.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Roles_ViewerReadsOperatorProvisionsAdminManagesKeys()
    {
        await using var gateway = await GatewayFixture.StartAsync([GatewayFixture.ScenarioPath("welcome.yaml")]);
        var viewer = Client(gateway, await CreateKeyAsync(gateway, "v", "viewer"));
        var op = Client(gateway, await CreateKeyAsync(gateway, "o", "operator"));
        var device = new { device = "door-2", zone = "entrance", x = 0.0, y = 1.0 };

        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync("/api/stores")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync("/metrics")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsJsonAsync("/api/stores/store-w/devices", device)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.GetAsync("/api/shoppers/alice/export")).StatusCode);
        var created = await op.PostAsJsonAsync("/api/stores/store-w/devices", device);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await op.PostAsJsonAsync("/api/keys", new { name = "x", role = "admin" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await op.DeleteAsync("/api/shoppers/alice")).StatusCode);

        // The new device logs in with what provisioning returned, and only that.
        var login = await created.Content.ReadFromJsonAsync<Dictionary<string, string>>();
        await using var mqtt = await TestMqtt.ConnectAsync(gateway.MqttPort, "door-2", login!["userName"], login["password"]);
        Assert.True(mqtt.Client.IsConnected);
    }

    [Fact]
    public async Task AppToken_OnOperatorEndpoint_IsForbidden()
    {
        await using var gateway = await GatewayFixture.StartAsync([GatewayFixture.ScenarioPath("welcome.yaml")]);
        var app = Client(gateway, gateway.Token("alice"));

        Assert.Equal(HttpStatusCode.Forbidden, (await app.GetAsync("/api/stores")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.GetAsync("/api/app/me")).StatusCode);
    }

    [Theory]
    [InlineData("/api/stores/nowhere/devices", """{"device":"d1"}""", HttpStatusCode.NotFound, "no store 'nowhere'")]
    [InlineData("/api/stores/store-w/devices", """{"device":"bad id!"}""", HttpStatusCode.BadRequest, "device: required")]
    [InlineData("/api/stores/store-w/devices", """{"device":"d1","zone":"roof"}""", HttpStatusCode.BadRequest, "has no zone 'roof'")]
    [InlineData("/api/keys", """{"name":"k","role":"god"}""", HttpStatusCode.BadRequest, "role: one of viewer, operator, admin")]
    [InlineData("/api/provisioning/scenario", "store: { id: 'a b' }", HttpStatusCode.BadRequest, "store.id")]
    [InlineData("/api/provisioning/scenario", "store: { id: s9, zoneMethod: fingerprint, zones: [{ id: z1 }], scanners: [{ device: d1, zone: z1 }] }", HttpStatusCode.BadRequest, "zone 'z1' has none")]
    [InlineData("/api/provisioning/scenario", "store: { id: s9, zoneMethod: nearest, zones: [{ id: z1 }] }", HttpStatusCode.BadRequest, "zoneMethod 'nearest' is unknown")]
    [InlineData("/api/provisioning/scenario", "store: { id: s9, zones: [{ id: z1, fingerprint: { ghost: -60 } }] }", HttpStatusCode.BadRequest, "names scanner 'ghost'")]
    [InlineData("/api/provisioning/scenario", "store: { id: s9, zones: [{ id: z1 }], colour: blue }", HttpStatusCode.BadRequest, "'colour'")]
    [InlineData("/api/provisioning/scenario", "store: { id: s9, zones: [{ id: z1 }], shelves: [{ device: sh1, zone: z1, lanes: [] }] }", HttpStatusCode.BadRequest, "store.shelves[0]: needs lanes")]
    public async Task Post_BadRequest_ProblemNamesTheField(string path, string body, HttpStatusCode status, string named)
    {
        await using var gateway = await GatewayFixture.StartAsync([GatewayFixture.ScenarioPath("welcome.yaml")]);

        var response = await gateway.Http.PostAsync(path, new StringContent(body, System.Text.Encoding.UTF8, path.EndsWith("scenario", StringComparison.Ordinal) ? "application/yaml" : "application/json"));

        Assert.Equal(status, response.StatusCode);
        Assert.Contains(named, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static HttpClient Client(GatewayFixture gateway, string bearer)
    {
        var client = new HttpClient { BaseAddress = gateway.HttpBase };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        return client;
    }

    private static async Task<string> CreateKeyAsync(GatewayFixture gateway, string name, string role)
    {
        var response = await gateway.Http.PostAsJsonAsync("/api/keys", new { name, role });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("key").GetString()!;
    }
}
