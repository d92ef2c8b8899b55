using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using MQTTnet;
using ScenarioEdge.Gateway.Delivery;
using ScenarioEdge.Gateway.Tests.Infrastructure;

namespace ScenarioEdge.Gateway.Tests.Delivery;

/// <summary>Published is not delivered: a push counts as delivered only once the app acknowledged it.</summary>
public sealed class PushDeliveryTests
{
    [Fact]
    public async Task Push_ToPausedApp_CountedPublishedNotDeliveredAndListedUntilTheAppComesBack()
    {
        await using var gateway = await GatewayFixture.StartAsync([GatewayFixture.ScenarioPath("welcome.yaml")]);
        var (user, password) = gateway.Credentials.For(gateway.Install("alice"))!.Value;
        await using var app = new PushApp(gateway.MqttPort, gateway.Install("alice"), user, password);
        await app.ConnectAsync();
        await app.PauseAsync();

        gateway.App.Services.GetRequiredService<PushQueue>().Enqueue(Intent(gateway, "welcome"));
        await Eventually.TrueAsync(() => gateway.Metrics.PushesOut == 1, "the push to be published");

        Assert.Equal(0, gateway.Metrics.PushesDelivered);
        Assert.Null(gateway.Database.Pushes.FindAll().Single().DeliveredAt);
        var metrics = await gateway.Http.GetStringAsync("/metrics");
        Assert.Contains("se_pushes_out_total 1", metrics, StringComparison.Ordinal);
        Assert.Contains("se_pushes_delivered_total 0", metrics, StringComparison.Ordinal);
        Assert.Contains("se_pushes_undelivered 1", metrics, StringComparison.Ordinal);
        using (var undelivered = JsonDocument.Parse(await gateway.Http.GetStringAsync("/api/pushes/undelivered")))
        {
            Assert.Equal(1, undelivered.RootElement.GetProperty("total").GetInt32());
            var store = undelivered.RootElement.GetProperty("stores").EnumerateArray().Single();
            Assert.Equal("store-w", store.GetProperty("store").GetString());
            Assert.Equal(1, store.GetProperty("count").GetInt32());
        }

        // The app resumes its session: the broker hands over the queued push, the app acknowledges it.
        Assert.True(await app.ConnectAsync(subscribe: false), "the broker kept the paused app's session");
        await Eventually.TrueAsync(() => gateway.Metrics.PushesDelivered == 1, "the app's acknowledgement to count the push delivered");
        Assert.NotNull(gateway.Database.Pushes.FindAll().Single().DeliveredAt);
        Assert.Single(app.Received);
        Assert.Contains("se_pushes_undelivered 0", await gateway.Http.GetStringAsync("/metrics"), StringComparison.Ordinal);
        Assert.Equal(0, (await gateway.Http.GetFromJsonAsync<JsonElement>("/api/pushes/undelivered")).GetProperty("total").GetInt32());
        gateway.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task Push_NoAppListening_WaitsAndIsPublishedWhenTheAppSubscribes()
    {
        await using var gateway = await GatewayFixture.StartAsync([GatewayFixture.ScenarioPath("welcome.yaml")]);
        var (user, password) = gateway.Credentials.For(gateway.Install("alice"))!.Value;

        gateway.App.Services.GetRequiredService<PushQueue>().Enqueue(Intent(gateway, "welcome"));
        await Eventually.TrueAsync(() => gateway.Metrics.PushesOut == 1, "the push to be published, to nobody");
        Assert.Equal(0, gateway.Metrics.PushesDelivered);
        await using var app = new PushApp(gateway.MqttPort, gateway.Install("alice"), user, password);
        await app.ConnectAsync();

        await Eventually.TrueAsync(() => gateway.Metrics.PushesDelivered == 1, "the push to be sent again and acknowledged");
        Assert.Single(app.Received);
        Assert.Equal(1, gateway.Metrics.PushesResent);
    }

    [Fact]
    public async Task Acknowledgement_FromAnotherAppsSubscription_DoesNotMarkThePushDelivered()
    {
        // An observer sees every push; its PUBACK says nothing about the shopper's phone.
        await using var gateway = await GatewayFixture.StartAsync([GatewayFixture.ScenarioPath("welcome.yaml")]);
        var (user, password) = await gateway.CreateObserverAsync("watcher");
        await using var observer = await TestMqtt.ConnectAsync(gateway.MqttPort, "watcher-1", user, password);
        var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        observer.Client.ApplicationMessageReceivedAsync += _ =>
        {
            seen.TrySetResult();
            return Task.CompletedTask;
        };
        await observer.Client.SubscribeAsync("se/v1/apps/+/push", MQTTnet.Protocol.MqttQualityOfServiceLevel.AtLeastOnce);

        gateway.App.Services.GetRequiredService<PushQueue>().Enqueue(Intent(gateway, "welcome"));
        await seen.Task.WaitAsync(TimeSpan.FromSeconds(15));

        await Task.Yield();
        Assert.Equal(0, gateway.Metrics.PushesDelivered);
        Assert.Null(gateway.Database.Pushes.FindAll().Single().DeliveredAt);
    }

    internal static PushIntent Intent(GatewayFixture gateway, string campaign) => new(
        gateway.Shopper("alice"), "store-w", campaign, "Welcome in!", "Good to see you.", "test", TimeProvider.System.GetUtcNow().AddMinutes(-1), 0, TimeSpan.FromMinutes(1));
}
