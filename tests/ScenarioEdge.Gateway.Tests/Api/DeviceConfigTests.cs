using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using MQTTnet;
using MQTTnet.Protocol;
using ScenarioEdge.Gateway.Tests.Infrastructure;
using ScenarioEdge.Protocol;
using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.Gateway.Tests.Api;

public sealed class DeviceConfigTests
{
    private const string ConfigPath = "/api/stores/store-w/devices/door-1/config";

    [Fact]
    public async Task PutConfig_DeviceSubscribedNowAndLater_BothReceiveTheRetainedValidatedConfig()
    {
        await using var gateway = await GatewayFixture.StartAsync([GatewayFixture.ScenarioPath("welcome.yaml")]);
        await using var device = await gateway.ConnectAsync("door-1");
        var live = await SubscribeAsync(device, Topics.Config("store-w", "door-1"));

        var put = await gateway.Http.PutAsJsonAsync(ConfigPath, new { publishIntervalMs = 500, rssiWindow = 7, scan = new { active = true, intervalMs = 60, windowMs = 30 }, unknown = "dropped" });

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var pushed = ProtocolCodec.Decode<DeviceConfig>(await live.Task.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.True(pushed.Ok, pushed.Error);
        Assert.Equal((500, 7, 60.0, 30.0), (pushed.Value!.PublishIntervalMs, pushed.Value.RssiWindow, pushed.Value.Scan!.IntervalMs, pushed.Value.Scan.WindowMs));

        // A device that connects afterwards gets it retained; the API reads back what is in force.
        await using var again = await TestMqtt.ConnectAsync(gateway.MqttPort, "door-1-b", gateway.Credentials.For("door-1")!.Value.User, gateway.Credentials.For("door-1")!.Value.Password);
        var retained = await (await SubscribeAsync(again, Topics.Config("store-w", "door-1"))).Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(pushed.Value, ProtocolCodec.Decode<DeviceConfig>(retained).Value);
        var read = await gateway.Http.GetFromJsonAsync<JsonElement>(ConfigPath);
        Assert.Equal(500, read.GetProperty("publishIntervalMs").GetInt32());
        Assert.False(read.TryGetProperty("unknown", out _));
        gateway.AssertNoErrorsLogged();
    }

    [Theory]
    [InlineData("""{"publishIntervalMs":5}""", "publishIntervalMs")]
    [InlineData("""{"scan":{"intervalMs":50,"windowMs":100}}""", "scan.windowMs")]
    [InlineData("""{"rssiWindow":"nine"}""", "$.rssiWindow")]
    [InlineData("""[1,2]""", "body:")]
    [InlineData("""not json""", "body: not JSON")]
    public async Task PutConfig_Invalid_RefusedNamingTheFieldAndNothingPublished(string body, string named)
    {
        await using var gateway = await GatewayFixture.StartAsync([GatewayFixture.ScenarioPath("welcome.yaml")]);

        var put = await gateway.Http.PutAsync(ConfigPath, new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, put.StatusCode);
        Assert.Contains(named, await put.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(gateway.Database.Retained.Exists(r => r.Topic == Topics.Config("store-w", "door-1")));
        Assert.Null(gateway.Database.Devices.FindById("store-w/door-1").Config);
    }

    [Fact]
    public async Task PutConfig_ViewerUnknownOrRevokedDevice_Refused()
    {
        await using var gateway = await GatewayFixture.StartAsync([GatewayFixture.ScenarioPath("welcome.yaml")]);
        var viewerKey = (await (await gateway.Http.PostAsJsonAsync("/api/keys", new { name = "v", role = "viewer" })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString();
        using var viewer = new HttpClient { BaseAddress = gateway.HttpBase };
        viewer.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", viewerKey);
        Assert.Equal(HttpStatusCode.NoContent, (await gateway.Http.DeleteAsync("/api/stores/store-w/devices/aisle-1")).StatusCode);

        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PutAsJsonAsync(ConfigPath, new { rssiWindow = 5 })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await gateway.Http.PutAsJsonAsync("/api/stores/store-w/devices/ghost/config", new { rssiWindow = 5 })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await gateway.Http.PutAsJsonAsync("/api/stores/store-w/devices/aisle-1/config", new { rssiWindow = 5 })).StatusCode);
    }

    [Fact]
    public async Task RevokeDevice_ClearsItsRetainedConfig()
    {
        await using var gateway = await GatewayFixture.StartAsync([GatewayFixture.ScenarioPath("welcome.yaml")]);
        Assert.Equal(HttpStatusCode.OK, (await gateway.Http.PutAsJsonAsync(ConfigPath, new { rxOffsetDb = -2.5 })).StatusCode);
        Assert.True(gateway.Database.Retained.Exists(r => r.Topic == Topics.Config("store-w", "door-1")));

        Assert.Equal(HttpStatusCode.NoContent, (await gateway.Http.DeleteAsync("/api/stores/store-w/devices/door-1")).StatusCode);

        await Eventually.TrueAsync(() => !gateway.Database.Retained.Exists(r => r.Topic == Topics.Config("store-w", "door-1")), "the retained config to be cleared");
        Assert.Equal(HttpStatusCode.NotFound, (await gateway.Http.GetAsync(ConfigPath)).StatusCode);
        // aisle-1's config is the control: once it has arrived, door-1's would have too.
        Assert.Equal(HttpStatusCode.OK, (await gateway.Http.PutAsJsonAsync("/api/stores/store-w/devices/aisle-1/config", new { rxOffsetDb = 1.0 })).StatusCode);
        var observer = await gateway.CreateObserverAsync("ops");
        await using var ops = await TestMqtt.ConnectAsync(gateway.MqttPort, "ops-1", observer.User, observer.Password);
        var topics = new System.Collections.Concurrent.ConcurrentQueue<string>();
        ops.Client.ApplicationMessageReceivedAsync += e =>
        {
            topics.Enqueue(e.ApplicationMessage.Topic);
            return Task.CompletedTask;
        };
        await ops.Client.SubscribeAsync(new MqttClientSubscribeOptionsBuilder().WithTopicFilter("se/v1/stores/store-w/devices/+/config", MqttQualityOfServiceLevel.AtLeastOnce).Build());
        await Eventually.TrueAsync(() => topics.Contains(Topics.Config("store-w", "aisle-1")), "aisle-1's retained config");
        Assert.DoesNotContain(Topics.Config("store-w", "door-1"), topics);
    }

    private static async Task<TaskCompletionSource<byte[]>> SubscribeAsync(TestMqtt client, string filter)
    {
        var received = new TaskCompletionSource<byte[]>(TaskCreationOptions.RunContinuationsAsynchronously);
        client.Client.ApplicationMessageReceivedAsync += e =>
        {
            if (MqttTopicFilterComparer.Compare(e.ApplicationMessage.Topic, filter) == MqttTopicFilterCompareResult.IsMatch)
            {
                received.TrySetResult(System.Buffers.BuffersExtensions.ToArray(e.ApplicationMessage.Payload));
            }

            return Task.CompletedTask;
        };
        var result = await client.Client.SubscribeAsync(new MqttClientSubscribeOptionsBuilder().WithTopicFilter(filter, MqttQualityOfServiceLevel.AtLeastOnce).Build());
        Assert.Equal(MqttClientSubscribeResultCode.GrantedQoS1, Assert.Single(result.Items).ResultCode);
        return received;
    }
}
