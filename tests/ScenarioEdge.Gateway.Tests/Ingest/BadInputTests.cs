using System.Net;
using MQTTnet;
using ScenarioEdge.Gateway.Ingest;
using ScenarioEdge.Gateway.Tests.Infrastructure;

namespace ScenarioEdge.Gateway.Tests.Ingest;

public sealed class BadInputTests
{
    private const string Sightings = "se/v1/stores/store-w/devices/door-1/sightings";
    private const string ValidBatch = """{"v":1,"id":"ok-1","ts":"2026-11-24T08:00:00Z","sightings":[{"adv":"00112233445566778899aabbccddeeff","kind":"shopperToken","rssi":-60,"ts":"2026-11-24T08:00:00Z"}]}""";

    public static TheoryData<string, string, MqttClientPublishReasonCode, string, string> BadMessages => new()
    {
        { Sightings, "{not json", MqttClientPublishReasonCode.PayloadFormatInvalid, "malformed_json", "SightingsBatch" },
        { Sightings, """{"v":1,"ts":"2026-11-24T08:00:00Z","sightings":[]}""", MqttClientPublishReasonCode.PayloadFormatInvalid, "malformed_json", "'id'" },
        { Sightings, """{"v":1,"id":"x","ts":"2026-11-24T08:00:00Z","sightings":[{"adv":"a","kind":"ibeacon","rssi":99,"ts":"2026-11-24T08:00:00Z"}]}""", MqttClientPublishReasonCode.PayloadFormatInvalid, "invalid_field", "sightings[0].rssi" },
        { Sightings, """{"v":1,"id":"x","ts":"2026-11-24T08:00:00Z","sightings":[{"adv":"a","kind":"martian","rssi":-50,"ts":"2026-11-24T08:00:00Z"}]}""", MqttClientPublishReasonCode.PayloadFormatInvalid, "malformed_json", "$.sightings[0].kind" },
        { Sightings, """{"v":2,"id":"x","ts":"2026-11-24T08:00:00Z","sightings":[]}""", MqttClientPublishReasonCode.PayloadFormatInvalid, "unsupported_version", "unsupported schema version 2" },
        { Sightings, "", MqttClientPublishReasonCode.PayloadFormatInvalid, "empty", "payload is empty" },
        { Sightings, """{"v":1,"id":"x","ts":"2026-11-24T08:00:00","sightings":[]}""", MqttClientPublishReasonCode.PayloadFormatInvalid, "invalid_field", "$.ts: time has no UTC offset" },
        { "se/v1/stores/store-w/devices/door-1/nonsense", ValidBatch, MqttClientPublishReasonCode.TopicNameInvalid, "unknown_topic", "is not a ScenarioEdge uplink" },
        { "somebody/else/topic", ValidBatch, MqttClientPublishReasonCode.TopicNameInvalid, "unknown_topic", "somebody/else/topic" },
        { "se/v1/stores/store-w/devices/aisle-1/sightings", ValidBatch, MqttClientPublishReasonCode.NotAuthorized, "not_authorized", "store-w/door-1 may not publish to 'se/v1/stores/store-w/devices/aisle-1/sightings'" },
        { "se/v1/stores/nowhere/devices/door-1/sightings", ValidBatch, MqttClientPublishReasonCode.NotAuthorized, "not_authorized", "may not publish" },
        { "se/v1/apps/app-alice/push", """{"v":1,"id":"p","ts":"2026-11-24T08:00:00Z","campaign":"fake","title":"t","body":"b"}""", MqttClientPublishReasonCode.NotAuthorized, "gateway_only_topic", "only the gateway publishes" },
        { "se/v1/apps/app-alice/up/activity", """{"v":1,"id":"a","ts":"2026-11-24T08:00:00Z","activity":"walking"}""", MqttClientPublishReasonCode.NotAuthorized, "not_authorized", "may not publish" },
    };

    [Theory]
    [MemberData(nameof(BadMessages))]
    public async Task Publish_BadMessage_RefusedWithReasonNamingTheProblemCountedAndHostKeepsServing(
        string topic, string payload, MqttClientPublishReasonCode code, string reason, string named)
    {
        await using var gateway = await GatewayFixture.StartAsync([GatewayFixture.ScenarioPath("welcome.yaml")]);
        await using var device = await gateway.ConnectAsync("door-1");

        var refused = await device.PublishAsync(topic, payload);

        Assert.Equal(code, refused.ReasonCode);
        Assert.Contains(named, refused.ReasonString, StringComparison.Ordinal);
        Assert.Equal(1, gateway.Metrics.Rejected[reason]);
        Assert.Contains(gateway.Logs.Warnings, w => w.Contains(reason, StringComparison.Ordinal) && w.Contains(named, StringComparison.Ordinal));
        var metrics = await gateway.Http.GetStringAsync("/metrics");
        Assert.Contains($"se_messages_rejected_total{{reason=\"{reason}\"}} 1", metrics, StringComparison.Ordinal);

        // The host still serves, and a good message after the bad one is accepted.
        Assert.Equal(HttpStatusCode.OK, (await gateway.Http.GetAsync("/health/ready")).StatusCode);
        var accepted = await device.PublishAsync(Sightings, ValidBatch);
        Assert.True(accepted.IsSuccess, $"{accepted.ReasonCode} {accepted.ReasonString}");
        Assert.Equal(1, gateway.Metrics.MessagesIn["sightings"]);
        gateway.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task Publish_OversizePayload_RefusedAsQuotaExceeded()
    {
        await using var gateway = await GatewayFixture.StartAsync([GatewayFixture.ScenarioPath("welcome.yaml")]);
        await using var device = await gateway.ConnectAsync("door-1");
        var huge = "{\"v\":1,\"id\":\"big\",\"ts\":\"2026-11-24T08:00:00Z\",\"pad\":\"" + new string('x', 300_000) + "\"}";

        var refused = await device.PublishAsync(Sightings, huge);

        Assert.Equal(MqttClientPublishReasonCode.QuotaExceeded, refused.ReasonCode);
        Assert.Contains("larger than the 262144 allowed", refused.ReasonString, StringComparison.Ordinal);
        Assert.Equal(1, gateway.Metrics.Rejected["oversize"]);
        Assert.True((await device.PublishAsync(Sightings, ValidBatch)).IsSuccess);
    }

    [Fact]
    public async Task Publish_PacketAboveBrokerLimit_ConnectionClosedBeforeBufferingAndCounted()
    {
        await using var gateway = await GatewayFixture.StartAsync([GatewayFixture.ScenarioPath("welcome.yaml")]);
        var device = await gateway.ConnectAsync("door-1");
        var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        device.Client.DisconnectedAsync += _ =>
        {
            closed.TrySetResult();
            return Task.CompletedTask;
        };

        _ = device.PublishAsync(Sightings, new byte[4 * 1024 * 1024]);
        await closed.Task.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(1, gateway.Metrics.OversizePackets);
        Assert.Contains(gateway.Logs.Warnings, w => w.Contains("Gateway:Broker:MaxPacketBytes", StringComparison.Ordinal));
        await using var again = await gateway.ConnectAsync("door-1");
        Assert.True((await again.PublishAsync(Sightings, ValidBatch)).IsSuccess);
        await device.DisposeAsync();
        gateway.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task Publish_SameMessageIdTwice_HandledOnceAndCountedAsDuplicate()
    {
        await using var gateway = await GatewayFixture.StartAsync([GatewayFixture.ScenarioPath("welcome.yaml")]);
        await using var device = await gateway.ConnectAsync("door-1");

        Assert.True((await device.PublishAsync(Sightings, ValidBatch)).IsSuccess);
        Assert.True((await device.PublishAsync(Sightings, ValidBatch)).IsSuccess);

        Assert.Equal(1, gateway.Metrics.MessagesIn["sightings"]);
        Assert.Equal(1, gateway.Metrics.Duplicates);
    }
}
