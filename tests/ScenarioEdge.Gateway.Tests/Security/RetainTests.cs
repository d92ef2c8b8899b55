using Microsoft.Extensions.DependencyInjection;
using MQTTnet;
using MQTTnet.Server;
using ScenarioEdge.Gateway.Ingest;
using ScenarioEdge.Gateway.Tests.Infrastructure;

namespace ScenarioEdge.Gateway.Tests.Security;

/// <summary>Item 4 of issue 15: no retained app uplinks, and none left after erasure.</summary>
public sealed class RetainTests
{
    private const string Activity = """{"v":1,"id":"a1","ts":"2026-11-24T08:00:00Z","activity":"walking"}""";

    [Fact]
    public async Task AppUplink_WithRetain_RefusedAndNothingRetained()
    {
        await using var gateway = await GatewayFixture.StartAsync([GatewayFixture.ScenarioPath("welcome.yaml")]);
        await using var alice = await gateway.ConnectAsync(gateway.Install("alice"));

        var retained = await alice.PublishAsync($"se/v1/apps/{gateway.Install("alice")}/up/activity", Activity, retain: true);
        var sightings = await alice.PublishAsync($"se/v1/apps/{gateway.Install("alice")}/up/sightings", """{"v":1,"id":"s1","ts":"2026-11-24T08:00:00Z","sightings":[]}""", retain: true);

        Assert.Equal(MqttClientPublishReasonCode.NotAuthorized, retained.ReasonCode);
        Assert.Contains("takes no retained messages", retained.ReasonString, StringComparison.Ordinal);
        Assert.Equal(MqttClientPublishReasonCode.NotAuthorized, sightings.ReasonCode);
        Assert.Equal(2, gateway.Metrics.Rejected["retain_not_allowed"]);
        Assert.Empty(await gateway.App.Services.GetRequiredService<MqttServer>().GetRetainedMessagesAsync());
        Assert.Equal(0, gateway.Database.Retained.Count());
    }

    [Fact]
    public async Task DeviceStatus_WithRetain_StillAccepted()
    {
        await using var gateway = await GatewayFixture.StartAsync([GatewayFixture.ScenarioPath("welcome.yaml")]);
        await using var device = await gateway.ConnectAsync("door-1");

        var status = await device.PublishAsync("se/v1/stores/store-w/devices/door-1/status", """{"v":1,"id":"st-1","ts":"2026-11-24T08:00:00Z","state":"online"}""", retain: true);
        var sightings = await device.PublishAsync("se/v1/stores/store-w/devices/door-1/sightings", """{"v":1,"id":"s-1","ts":"2026-11-24T08:00:00Z","sightings":[]}""", retain: true);

        Assert.True(status.IsSuccess, status.ReasonString);
        Assert.Equal(MqttClientPublishReasonCode.NotAuthorized, sightings.ReasonCode);
        await Eventually.TrueAsync(() => gateway.Database.Retained.Count() == 1, "the status to be kept");
    }

    [Fact]
    public async Task EraseShopper_RetainedMessagesOnTheAppsTopicsGo_FromMemoryAndFile()
    {
        await using var gateway = await GatewayFixture.StartAsync([GatewayFixture.ScenarioPath("welcome.yaml")]);
        var server = gateway.App.Services.GetRequiredService<MqttServer>();
        // Retained before this gateway refused them (or on a broker that let them through).
        await server.UpdateRetainedMessageAsync(new MqttApplicationMessageBuilder().WithTopic($"se/v1/apps/{gateway.Install("alice")}/up/activity").WithPayload(Activity).WithRetainFlag().Build());
        await server.UpdateRetainedMessageAsync(new MqttApplicationMessageBuilder().WithTopic($"se/v1/apps/{gateway.Install("bob")}/up/activity").WithPayload(Activity).WithRetainFlag().Build());
        await Eventually.TrueAsync(() => gateway.Database.Retained.Count() == 2, "both to be stored");

        var response = await gateway.Http.DeleteAsync($"/api/shoppers/{gateway.Shopper("alice")}");

        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        var left = await server.GetRetainedMessagesAsync();
        Assert.Equal([$"se/v1/apps/{gateway.Install("bob")}/up/activity"], left.Select(m => m.Topic));
        Assert.Equal([$"se/v1/apps/{gateway.Install("bob")}/up/activity"], gateway.Database.Retained.FindAll().Select(r => r.Topic));
        var login = await gateway.CreateObserverAsync("ops");
        await using var observer = await TestMqtt.ConnectAsync(gateway.MqttPort, "ops-1", login.User, login.Password);
        var seen = await BrokerClients.CollectAsync(observer, "se/v1/apps/#");
        await Eventually.TrueAsync(() => { lock (seen) { return seen.Count == 1; } }, "bob's retained message to arrive");
        Assert.DoesNotContain(seen, m => m.Contains(gateway.Install("alice"), StringComparison.Ordinal));
    }
}
