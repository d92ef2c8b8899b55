using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using MQTTnet;
using MQTTnet.Protocol;
using ScenarioEdge.Gateway.Ingest;
using ScenarioEdge.Gateway.Security;
using ScenarioEdge.Gateway.Storage;
using ScenarioEdge.Gateway.Tests.Infrastructure;

namespace ScenarioEdge.Gateway.Tests.Security;

public sealed class MqttAccessTests
{
    private const string Status = """{"v":1,"id":"st-1","ts":"2026-11-24T08:00:00Z","state":"online"}""";

    [Fact]
    public async Task Connect_WithoutCredentials_Refused()
    {
        await using var gateway = await GatewayFixture.StartAsync();

        var ex = await Refused(() => TestMqtt.TryConnectAsync(gateway.MqttPort, "anon"));

        Assert.Equal(MqttClientConnectResultCode.BadUserNameOrPassword, ex.ResultCode);
        Assert.Equal(1, gateway.Metrics.AuthFailed);
    }

    [Theory]
    [InlineData("store-w/door-1", "not-the-secret")]
    [InlineData("store-w/ghost-9", "anything")]
    [InlineData("observer:nobody", "anything")]
    [InlineData("app:app-alice", "v1.app-alice.9999999999.forged")]
    [InlineData("app:app-alice", "garbage")]
    public async Task Connect_WrongOrForgedCredentials_Refused(string user, string password)
    {
        await using var gateway = await GatewayFixture.StartAsync([GatewayFixture.ScenarioPath("welcome.yaml")]);

        var ex = await Refused(() => TestMqtt.TryConnectAsync(gateway.MqttPort, "c1", user, password));

        Assert.Equal(MqttClientConnectResultCode.BadUserNameOrPassword, ex.ResultCode);
        Assert.Contains(gateway.Logs.Warnings, w => w.Contains("Refused MQTT login", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Connect_ExpiredInstallToken_RefusedNamingExpiry()
    {
        await using var gateway = await GatewayFixture.StartAsync([GatewayFixture.ScenarioPath("welcome.yaml")]);
        var past = new FakeTimeProvider(TimeProvider.System.GetUtcNow().AddDays(-31));
        var oldTokens = new InstallTokens(gateway.App.Services.GetRequiredService<GatewayDatabase>(), past, Options.Create(new SecurityOptions()));

        var ex = await Refused(() => TestMqtt.TryConnectAsync(gateway.MqttPort, gateway.Install("alice"), $"app:{gateway.Install("alice")}", oldTokens.Issue(gateway.Install("alice"))));

        Assert.Equal(MqttClientConnectResultCode.BadUserNameOrPassword, ex.ResultCode);
        Assert.Contains(gateway.Logs.Warnings, w => w.Contains("install token expired", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Subscribe_Device_OwnConfigOnly()
    {
        await using var gateway = await GatewayFixture.StartAsync([GatewayFixture.ScenarioPath("welcome.yaml")]);
        await using var device = await gateway.ConnectAsync("door-1");

        Assert.Equal(MqttClientSubscribeResultCode.GrantedQoS1, await SubscribeAsync(device, "se/v1/stores/store-w/devices/door-1/config"));
        Assert.Equal(MqttClientSubscribeResultCode.NotAuthorized, await SubscribeAsync(device, "se/v1/stores/store-w/devices/aisle-1/config"));
        Assert.Equal(MqttClientSubscribeResultCode.NotAuthorized, await SubscribeAsync(device, $"se/v1/apps/{gateway.Install("alice")}/push"));
        Assert.Equal(MqttClientSubscribeResultCode.NotAuthorized, await SubscribeAsync(device, "#"));
        Assert.Equal(MqttClientSubscribeResultCode.NotAuthorized, await SubscribeAsync(device, "se/v1/alerts/experiments/+"));
        Assert.Equal(4, gateway.Metrics.SubscribeRefused);
    }

    [Fact]
    public async Task App_OwnPushesAndUplinksOnly()
    {
        await using var gateway = await GatewayFixture.StartAsync([GatewayFixture.ScenarioPath("welcome.yaml")]);
        await using var alice = await gateway.ConnectAsync(gateway.Install("alice"));

        Assert.Equal(MqttClientSubscribeResultCode.GrantedQoS1, await SubscribeAsync(alice, $"se/v1/apps/{gateway.Install("alice")}/push"));
        Assert.Equal(MqttClientSubscribeResultCode.NotAuthorized, await SubscribeAsync(alice, $"se/v1/apps/{gateway.Install("bob")}/push"));
        Assert.Equal(MqttClientSubscribeResultCode.NotAuthorized, await SubscribeAsync(alice, "se/v1/apps/+/push"));
        // Operators' topics are not an app's: experiment alerts carry campaign figures.
        Assert.Equal(MqttClientSubscribeResultCode.NotAuthorized, await SubscribeAsync(alice, "se/v1/alerts/experiments/#"));
        var other = await alice.PublishAsync($"se/v1/apps/{gateway.Install("bob")}/up/activity", """{"v":1,"id":"a1","ts":"2026-11-24T08:00:00Z","activity":"walking"}""");
        var device = await alice.PublishAsync("se/v1/stores/store-w/devices/door-1/status", Status);
        var own = await alice.PublishAsync($"se/v1/apps/{gateway.Install("alice")}/up/activity", """{"v":1,"id":"a2","ts":"2026-11-24T08:00:00Z","activity":"walking"}""");

        Assert.Equal(MqttClientPublishReasonCode.NotAuthorized, other.ReasonCode);
        Assert.Equal(MqttClientPublishReasonCode.NotAuthorized, device.ReasonCode);
        Assert.True(own.IsSuccess, own.ReasonString);
        Assert.Equal(2, gateway.Metrics.Rejected["not_authorized"]);
    }

    [Fact]
    public async Task Observer_ReadsEverythingPublishesNothing()
    {
        await using var gateway = await GatewayFixture.StartAsync([GatewayFixture.ScenarioPath("welcome.yaml")]);
        var login = await gateway.CreateObserverAsync("ops");
        await using var observer = await TestMqtt.ConnectAsync(gateway.MqttPort, "ops-1", login.User, login.Password);

        Assert.Equal(MqttClientSubscribeResultCode.GrantedQoS1, await SubscribeAsync(observer, "se/v1/#"));
        var publish = await observer.PublishAsync("se/v1/stores/store-w/devices/door-1/status", Status);

        Assert.Equal(MqttClientPublishReasonCode.NotAuthorized, publish.ReasonCode);
        Assert.Equal(0, gateway.Metrics.MessagesIn["status"]);
    }

    [Fact]
    public async Task RevokeDevice_DisconnectsAtOnceAndRefusesReconnect()
    {
        await using var gateway = await GatewayFixture.StartAsync([GatewayFixture.ScenarioPath("welcome.yaml")]);
        await using var device = await gateway.ConnectAsync("door-1");
        var dropped = new TaskCompletionSource<MqttClientDisconnectedEventArgs>(TaskCreationOptions.RunContinuationsAsynchronously);
        device.Client.DisconnectedAsync += e =>
        {
            dropped.TrySetResult(e);
            return Task.CompletedTask;
        };

        var response = await gateway.Http.DeleteAsync("/api/stores/store-w/devices/door-1");
        await dropped.Task.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(System.Net.HttpStatusCode.NoContent, response.StatusCode);
        var login = gateway.Credentials.For("door-1")!.Value;
        var ex = await Refused(() => TestMqtt.TryConnectAsync(gateway.MqttPort, "door-1", login.User, login.Password));
        Assert.Equal(MqttClientConnectResultCode.BadUserNameOrPassword, ex.ResultCode);
        Assert.Contains(gateway.Logs.Warnings, w => w.Contains("was revoked", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Publish_FasterThanRateLimit_ExcessRefusedAndCounted()
    {
        await using var gateway = await GatewayFixture.StartAsync(
            [GatewayFixture.ScenarioPath("welcome.yaml")],
            new Dictionary<string, string?> { ["Security:DeviceMessagesPerSecond"] = "1", ["Security:DeviceBurst"] = "5" });
        await using var device = await gateway.ConnectAsync("door-1");

        var results = new List<MqttClientPublishResult>();
        for (var i = 0; i < 12; i++)
        {
            results.Add(await device.PublishAsync("se/v1/stores/store-w/devices/door-1/status", Status.Replace("st-1", $"st-{i}", StringComparison.Ordinal)));
        }

        Assert.InRange(results.Count(r => r.IsSuccess), 5, 7);
        Assert.Contains(results, r => r.ReasonCode == MqttClientPublishReasonCode.QuotaExceeded);
        Assert.Equal(results.Count(r => !r.IsSuccess), gateway.Metrics.Rejected["rate_limited"]);
    }

    [Fact]
    public async Task Connect_BeyondConnectionsPerClient_Refused()
    {
        await using var gateway = await GatewayFixture.StartAsync(
            [GatewayFixture.ScenarioPath("welcome.yaml")], new Dictionary<string, string?> { ["Security:MaxConnectionsPerClient"] = "1" });
        var login = gateway.Credentials.For("door-1")!.Value;
        await using var first = await TestMqtt.ConnectAsync(gateway.MqttPort, "door-1-a", login.User, login.Password);

        var ex = await Refused(() => TestMqtt.TryConnectAsync(gateway.MqttPort, "door-1-b", login.User, login.Password));

        Assert.Equal(MqttClientConnectResultCode.QuotaExceeded, ex.ResultCode);
        Assert.Equal(1, gateway.Metrics.ConnectionsRefused);
    }

    private static async Task<MqttClientConnectResult> Refused(Func<Task<(TestMqtt? Client, MqttClientConnectResult Result)>> connect)
    {
        var (client, result) = await connect();
        Assert.Null(client);
        return result;
    }

    private static async Task<MqttClientSubscribeResultCode> SubscribeAsync(TestMqtt client, string filter)
    {
        var result = await client.Client.SubscribeAsync(new MqttClientSubscribeOptionsBuilder()
            .WithTopicFilter(f => f.WithTopic(filter).WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)).Build());
        return result.Items.Single().ResultCode;
    }
}
