using Microsoft.Extensions.DependencyInjection;
using MQTTnet;
using ScenarioEdge.Gateway.Delivery;
using ScenarioEdge.Gateway.Ingest;
using ScenarioEdge.Gateway.Tests.Infrastructure;

namespace ScenarioEdge.Gateway.Tests.Delivery;

/// <summary>Feedback closes the loop on a push; an app may speak only of its own pushes.</summary>
public sealed class FeedbackTests
{
    [Fact]
    public async Task Feedback_OnAnotherInstallsPush_RefusedCountedAndThePushUntouched()
    {
        await using var gateway = await GatewayFixture.StartAsync([GatewayFixture.ScenarioPath("welcome.yaml")]);
        gateway.App.Services.GetRequiredService<PushQueue>().Enqueue(PushDeliveryTests.Intent(gateway, "welcome"));
        await Eventually.TrueAsync(() => gateway.Database.Pushes.Count() == 1, "alice's push to be recorded");
        var pushId = gateway.Database.Pushes.FindAll().Single().Id;
        await using var bob = await gateway.ConnectAsync(gateway.Install("bob"));
        await using var alice = await gateway.ConnectAsync(gateway.Install("alice"));

        var forged = await bob.PublishAsync($"se/v1/apps/{gateway.Install("bob")}/up/feedback", Opened("fb-1", pushId));
        var guessed = await bob.PublishAsync($"se/v1/apps/{gateway.Install("bob")}/up/feedback", Opened("fb-2", "no-such-push"));

        Assert.Equal(MqttClientPublishReasonCode.NotAuthorized, forged.ReasonCode);
        Assert.Contains("is not a push to this install", forged.ReasonString, StringComparison.Ordinal);
        Assert.Equal(MqttClientPublishReasonCode.NotAuthorized, guessed.ReasonCode);
        Assert.Equal(2, gateway.Metrics.Rejected["not_authorized"]);
        Assert.Null(gateway.Database.Pushes.FindById(pushId).OpenedAt);

        // Refused, the id was not taken as seen: nothing about it stops the owner's own feedback either.
        var own = await alice.PublishAsync($"se/v1/apps/{gateway.Install("alice")}/up/feedback", Opened("fb-1", pushId));

        Assert.True(own.IsSuccess, own.ReasonString);
        Assert.NotNull(gateway.Database.Pushes.FindById(pushId).OpenedAt);
    }

    private static string Opened(string id, string pushId) =>
        $$"""{"v":1,"id":"{{id}}","ts":"{{TimeProvider.System.GetUtcNow().AddSeconds(-1):O}}","pushId":"{{pushId}}","action":"opened"}""";
}
