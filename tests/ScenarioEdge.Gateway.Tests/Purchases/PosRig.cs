using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using MQTTnet;
using MQTTnet.Protocol;
using ScenarioEdge.Gateway.Tests.Campaigns;
using ScenarioEdge.Gateway.Tests.Infrastructure;

namespace ScenarioEdge.Gateway.Tests.Purchases;

/// <summary>
/// A gateway with two stores: store-w (welcome.yaml) and store-p (pos.yaml: tills till-1 and till-2, alice with the
/// offers consent, bob without), a coupon for store-p, and helpers that speak to the tills' topics and the API.
/// </summary>
internal static class PosRig
{
    public const string Coupon = """
        id: drink-1
        version: 1
        name: 1 off a sports drink
        kind: amount
        value: 1
        scope: { skus: [sports-500] }
        validity: { days: 7 }
        budget: { count: 100 }
        perShopper: 5
        stores: [store-p]
        """;

    public static async Task<GatewayFixture> StartAsync(IDictionary<string, string?>? settings = null, string? dataDirectory = null)
    {
        var gateway = await GatewayFixture.StartAsync([GatewayFixture.ScenarioPath("welcome.yaml"), GatewayFixture.ScenarioPath("pos.yaml")], settings, dataDirectory);
        return gateway;
    }

    public static async Task DefineCouponAsync(GatewayFixture gateway)
    {
        using var created = await gateway.Http.PostAsync("/api/coupons", CampaignDocs.Yaml(Coupon));
        Assert.Equal(System.Net.HttpStatusCode.Created, created.StatusCode);
    }

    /// <summary>Issues a drink-1 code to <paramref name="shopper"/> (a gateway shopper id) through the ledger, as a campaign would.</summary>
    public static string Issue(GatewayFixture gateway, string shopper, int occurrence = 0) =>
        Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<ScenarioEdge.Gateway.Campaigns.ICouponIssuer>(gateway.App.Services)
            .Issue(new ScenarioEdge.Gateway.Campaigns.CouponRequest("drink-1", "camp", shopper, "store-p", "zoneEntered", new DateTimeOffset(2026, 1, 1, 0, 0, occurrence, TimeSpan.Zero))).Code
        ?? throw new InvalidOperationException("no code issued");

    public static string Now(TimeSpan? shift = null) => TimeProvider.System.GetUtcNow().Add(shift ?? TimeSpan.FromSeconds(-1)).ToString("O", CultureInfo.InvariantCulture);

    public static string Purchase(string id, string receipt, string? checkoutCode = null, double qty = 2, string? ts = null, string sku = "sports-500") =>
        $$"""{"v":1,"id":"{{id}}","ts":"{{ts ?? Now()}}","receipt":"{{receipt}}","items":[{"sku":"{{sku}}","qty":{{qty.ToString(CultureInfo.InvariantCulture)}},"price":1.5,"category":"drinks"},{"sku":"croissant","qty":1,"price":1.2}],"total":{{(qty * 1.5 + 1.2).ToString(CultureInfo.InvariantCulture)}},"currency":"EUR"{{(checkoutCode is null ? "" : $",\"checkoutCode\":\"{checkoutCode}\"")}}}""";

    public static string Redemption(string id, string code, string key) =>
        $$"""{"v":1,"id":"{{id}}","ts":"{{Now()}}","code":"{{code}}","key":"{{key}}"}""";

    /// <summary>A checkout code for scenario shopper <paramref name="shopper"/>, asked for by its app.</summary>
    public static async Task<HttpResponseMessage> AskCheckoutCodeAsync(GatewayFixture gateway, string shopper)
    {
        using var app = CampaignDocs.Client(gateway.HttpBase, gateway.Token(shopper));
        return await app.PostAsync("/api/app/checkout-code", null);
    }

    public static async Task<string> CheckoutCodeAsync(GatewayFixture gateway, string shopper)
    {
        using var response = await AskCheckoutCodeAsync(gateway, shopper);
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("code").GetString()!;
    }

    /// <summary>An HTTP client that logs in as device <paramref name="device"/> (HTTP Basic, its MQTT login).</summary>
    public static HttpClient DeviceClient(GatewayFixture gateway, string device, string? password = null)
    {
        var login = gateway.Credentials.For(device) ?? throw new InvalidOperationException($"{device} was not provisioned");
        var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{login.User}:{password ?? login.Password}"));
        return new HttpClient { BaseAddress = gateway.HttpBase, DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Basic", basic) } };
    }

    public static async Task<HttpResponseMessage> RedeemAsync(HttpClient client, string store, string code, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/stores/{store}/redemptions") { Content = JsonContent.Create(new { code }) };
        request.Headers.Add("Idempotency-Key", key);
        return await client.SendAsync(request);
    }

    /// <summary>Subscribes <paramref name="client"/> to <paramref name="filter"/> and collects the payloads that arrive.</summary>
    public static async Task<List<JsonElement>> AnswersAsync(TestMqtt client, string filter)
    {
        var received = new List<JsonElement>();
        client.Client.ApplicationMessageReceivedAsync += e =>
        {
            lock (received)
            {
                received.Add(JsonDocument.Parse(e.ApplicationMessage.Payload).RootElement.Clone());
            }

            return Task.CompletedTask;
        };
        var result = await client.Client.SubscribeAsync(new MqttClientSubscribeOptionsBuilder()
            .WithTopicFilter(f => f.WithTopic(filter).WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)).Build());
        Assert.Equal(MqttClientSubscribeResultCode.GrantedQoS1, result.Items.Single().ResultCode);
        return received;
    }

    public static JsonElement[] Snapshot(List<JsonElement> received)
    {
        lock (received)
        {
            return [.. received];
        }
    }
}
