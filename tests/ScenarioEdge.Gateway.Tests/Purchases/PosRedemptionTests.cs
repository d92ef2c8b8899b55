using System.Net;
using System.Text.Json;
using ScenarioEdge.Gateway.Tests.Infrastructure;

namespace ScenarioEdge.Gateway.Tests.Purchases;

/// <summary>Redemption by a till: over MQTT with its answers topic, over HTTP with its device login, through one ledger.</summary>
public sealed class PosRedemptionTests
{
    private const string Requests = "se/v1/stores/store-p/devices/till-1/redemptions";
    private const string Answers = "se/v1/stores/store-p/devices/till-1/answers";

    [Fact]
    public async Task Mqtt_RedeemOnce_SecondRefused409_SameKeySameAnswer_AnswersOnOwnTopic()
    {
        await using var gateway = await PosRig.StartAsync();
        await PosRig.DefineCouponAsync(gateway);
        var code = PosRig.Issue(gateway, gateway.Shopper("alice"));
        await using var till = await gateway.ConnectAsync("till-1");
        var answers = await PosRig.AnswersAsync(till, Answers);

        await till.PublishAsync(Requests, PosRig.Redemption("q-1", code, "r-1/line-1"));
        await till.PublishAsync(Requests, PosRig.Redemption("q-2", code, "r-2/line-1"));
        await till.PublishAsync(Requests, PosRig.Redemption("q-3", code, "r-1/line-1"));
        await Eventually.TrueAsync(() => PosRig.Snapshot(answers).Length == 3, "three answers");

        var byRequest = PosRig.Snapshot(answers).ToDictionary(a => a.GetProperty("request").GetString()!);
        Assert.Equal((200, "", "r-1/line-1"), (byRequest["q-1"].GetProperty("status").GetInt32(), byRequest["q-1"].GetProperty("reason").GetString(), byRequest["q-1"].GetProperty("key").GetString()));
        Assert.Equal((409, "already_redeemed"), (byRequest["q-2"].GetProperty("status").GetInt32(), byRequest["q-2"].GetProperty("reason").GetString()));
        Assert.Equal(byRequest["q-1"].GetProperty("redemption").GetString(), byRequest["q-3"].GetProperty("redemption").GetString());
        Assert.Equal(200, byRequest["q-3"].GetProperty("status").GetInt32());
        Assert.NotNull(gateway.Database.CouponIssues.FindById(code).RedeemedAt);
        gateway.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task Http_TillLogin_OwnStoreRedeems_OtherStore403_Revoked401_ScannerLogin403_WrongSecret401()
    {
        await using var gateway = await PosRig.StartAsync();
        await PosRig.DefineCouponAsync(gateway);
        var code = PosRig.Issue(gateway, gateway.Shopper("alice"));
        using var till = PosRig.DeviceClient(gateway, "till-1");
        using var till2 = PosRig.DeviceClient(gateway, "till-2");
        using var scanner = PosRig.DeviceClient(gateway, "p-door");
        using var forged = PosRig.DeviceClient(gateway, "till-1", "not-the-secret");

        using var elsewhere = await PosRig.RedeemAsync(till, "store-w", code, "k-1");
        using var asScanner = await PosRig.RedeemAsync(scanner, "store-p", code, "k-2");
        using var wrongSecret = await PosRig.RedeemAsync(forged, "store-p", code, "k-3");
        using var redeemed = await PosRig.RedeemAsync(till, "store-p", code, "k-4");
        using var otherEndpoint = await till.GetAsync("/api/coupons");
        Assert.Equal(HttpStatusCode.NoContent, (await gateway.Http.DeleteAsync("/api/stores/store-p/devices/till-2")).StatusCode);
        using var revoked = await PosRig.RedeemAsync(till2, "store-p", code, "k-5");

        Assert.Equal(HttpStatusCode.Forbidden, elsewhere.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, asScanner.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrongSecret.StatusCode);
        Assert.Equal(HttpStatusCode.OK, redeemed.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherEndpoint.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, revoked.StatusCode);
        Assert.Contains("revoked", await revoked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("store-p/till-1", gateway.Database.Redemptions.FindOne(r => r.Refusal == null).By);
    }

    [Fact]
    public async Task HttpAndMqtt_SameTillSameKey_SameAnswer()
    {
        await using var gateway = await PosRig.StartAsync();
        await PosRig.DefineCouponAsync(gateway);
        var code = PosRig.Issue(gateway, gateway.Shopper("alice"));
        await using var mqtt = await gateway.ConnectAsync("till-1");
        var answers = await PosRig.AnswersAsync(mqtt, Answers);
        using var http = PosRig.DeviceClient(gateway, "till-1");

        using var first = await PosRig.RedeemAsync(http, "store-p", code, "r-7/line-1");
        await mqtt.PublishAsync(Requests, PosRig.Redemption("q-1", code, "r-7/line-1"));
        await Eventually.TrueAsync(() => PosRig.Snapshot(answers).Length == 1, "the MQTT answer");

        using var body = JsonDocument.Parse(await first.Content.ReadAsStringAsync());
        var answer = PosRig.Snapshot(answers)[0];
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(body.RootElement.GetProperty("redemption").GetString(), answer.GetProperty("redemption").GetString());
        Assert.Equal(200, answer.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Racing_MqttAndHttpRedemptionsOfOneCode_ExactlyOneSucceeds()
    {
        await using var gateway = await PosRig.StartAsync();
        await PosRig.DefineCouponAsync(gateway);
        var code = PosRig.Issue(gateway, gateway.Shopper("alice"));
        await using var mqtt = await gateway.ConnectAsync("till-1");
        var answers = await PosRig.AnswersAsync(mqtt, Answers);
        using var http = PosRig.DeviceClient(gateway, "till-2");
        using var operatorKey = new HttpClient { BaseAddress = gateway.HttpBase };
        operatorKey.DefaultRequestHeaders.Authorization = gateway.Http.DefaultRequestHeaders.Authorization;

        var tasks = new List<Task<HttpStatusCode>>();
        for (var i = 0; i < 8; i++)
        {
            var key = $"race-{i}";
            tasks.Add(Task.Run(async () => { using var r = await PosRig.RedeemAsync(i % 2 == 0 ? http : operatorKey, "store-p", code, key); return r.StatusCode; }));
            tasks.Add(Task.Run(async () => { await mqtt.PublishAsync(Requests, PosRig.Redemption($"q-{key}", code, key)); return HttpStatusCode.Accepted; }));
        }

        var statuses = await Task.WhenAll(tasks);
        await Eventually.TrueAsync(() => PosRig.Snapshot(answers).Length == 8, "every MQTT answer");

        var mqttOk = PosRig.Snapshot(answers).Count(a => a.GetProperty("status").GetInt32() == 200);
        var httpOk = statuses.Count(s => s == HttpStatusCode.OK);
        Assert.Equal(1, mqttOk + httpOk);
        Assert.Equal(15, statuses.Count(s => s == HttpStatusCode.Conflict) + PosRig.Snapshot(answers).Count(a => a.GetProperty("status").GetInt32() == 409) + statuses.Count(s => s == HttpStatusCode.Accepted) - 8);
        Assert.Single(gateway.Database.Redemptions.Find(r => r.Refusal == null));
        gateway.AssertNoErrorsLogged();
    }
}
