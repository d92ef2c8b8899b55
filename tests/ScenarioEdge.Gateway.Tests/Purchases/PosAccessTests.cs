using MQTTnet;
using MQTTnet.Protocol;
using ScenarioEdge.Gateway.Tests.Infrastructure;

namespace ScenarioEdge.Gateway.Tests.Purchases;

/// <summary>The broker's rights of a point of sale: only its own store's and device's POS topics, and its own answers.</summary>
public sealed class PosAccessTests
{
    private const string Sightings = """{"v":1,"id":"b-1","ts":"2026-11-24T08:00:00Z","sightings":[]}""";

    [Fact]
    public async Task Publish_TillToItsOwnPosTopics_Accepted_ToAnotherStoresOrTillsOrSightings_NotAuthorized()
    {
        await using var gateway = await PosRig.StartAsync();
        await using var till = await gateway.ConnectAsync("till-1");

        var own = await till.PublishAsync("se/v1/stores/store-p/devices/till-1/purchases", PosRig.Purchase("m-1", "r-1"));
        var otherStore = await till.PublishAsync("se/v1/stores/store-w/devices/till-1/purchases", PosRig.Purchase("m-2", "r-2"));
        var otherTill = await till.PublishAsync("se/v1/stores/store-p/devices/till-2/purchases", PosRig.Purchase("m-3", "r-3"));
        var sightings = await till.PublishAsync("se/v1/stores/store-p/devices/till-1/sightings", Sightings);
        var answers = await till.PublishAsync("se/v1/stores/store-p/devices/till-1/answers", "{}");

        // Accepted: nobody but the gateway listens on a purchases topic.
        Assert.True(own.IsSuccess, own.ReasonCode.ToString());
        Assert.Equal(MqttClientPublishReasonCode.NotAuthorized, otherStore.ReasonCode);
        Assert.Equal(MqttClientPublishReasonCode.NotAuthorized, otherTill.ReasonCode);
        Assert.Equal(MqttClientPublishReasonCode.NotAuthorized, sightings.ReasonCode);
        Assert.NotEqual(MqttClientPublishReasonCode.Success, answers.ReasonCode);
        Assert.Equal(1, gateway.Database.Purchases.Count());
        gateway.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task Publish_ScannerOrShelfLoginToPosTopics_NotAuthorized_NothingRecorded()
    {
        await using var gateway = await PosRig.StartAsync();
        await using var scanner = await gateway.ConnectAsync("p-door");

        var purchase = await scanner.PublishAsync("se/v1/stores/store-p/devices/p-door/purchases", PosRig.Purchase("m-1", "r-1"));
        var redemption = await scanner.PublishAsync("se/v1/stores/store-p/devices/p-door/redemptions", PosRig.Redemption("m-2", "AAAAAAAAAAAA", "k-1"));

        Assert.Equal(MqttClientPublishReasonCode.NotAuthorized, purchase.ReasonCode);
        Assert.Equal(MqttClientPublishReasonCode.NotAuthorized, redemption.ReasonCode);
        Assert.Equal(0, gateway.Database.Purchases.Count());
        Assert.Equal(0, gateway.Database.Redemptions.Count());
    }

    [Fact]
    public async Task Subscribe_TillOwnAnswersOnly_ScannerNone()
    {
        await using var gateway = await PosRig.StartAsync();
        await using var till = await gateway.ConnectAsync("till-1");
        await using var scanner = await gateway.ConnectAsync("p-door");

        Assert.Equal(MqttClientSubscribeResultCode.GrantedQoS1, await SubscribeAsync(till, "se/v1/stores/store-p/devices/till-1/answers"));
        Assert.Equal(MqttClientSubscribeResultCode.NotAuthorized, await SubscribeAsync(till, "se/v1/stores/store-p/devices/till-2/answers"));
        Assert.Equal(MqttClientSubscribeResultCode.NotAuthorized, await SubscribeAsync(till, "se/v1/stores/store-p/devices/+/answers"));
        Assert.Equal(MqttClientSubscribeResultCode.NotAuthorized, await SubscribeAsync(scanner, "se/v1/stores/store-p/devices/p-door/answers"));
    }

    private static async Task<MqttClientSubscribeResultCode> SubscribeAsync(TestMqtt client, string filter) =>
        (await client.Client.SubscribeAsync(new MqttClientSubscribeOptionsBuilder()
            .WithTopicFilter(f => f.WithTopic(filter).WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)).Build())).Items.Single().ResultCode;
}
