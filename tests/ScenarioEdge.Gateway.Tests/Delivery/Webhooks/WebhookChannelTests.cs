using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ScenarioEdge.Gateway.Delivery;
using ScenarioEdge.Gateway.Delivery.Webhooks;
using ScenarioEdge.Gateway.Tests.Campaigns;
using ScenarioEdge.Gateway.Tests.Infrastructure;

namespace ScenarioEdge.Gateway.Tests.Delivery.Webhooks;

/// <summary>The webhook is a peer of the app push on the delivery seam: a campaign's push reaches the push provider too, signed.</summary>
public sealed class WebhookChannelTests
{
    [Fact]
    public async Task CampaignPush_WebhookConfigured_ProviderGetsTheSamePushSignedOnce()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var gateway = await GatewayFixture.StartAsync([GatewayFixture.ScenarioPath("welcome.yaml")], new Dictionary<string, string?>
        {
            ["Gateway:Webhook:Url"] = receiver.Url.ToString(),
            ["Gateway:Webhook:Secret"] = WebhookReceiver.Secret,
        });
        var alice = gateway.Shopper("alice");
        new ScenePlayer(gateway, alice, "store-w").Enter("entrance", TimeProvider.System.GetUtcNow().AddSeconds(-2));

        await Eventually.TrueAsync(() => gateway.Database.Pushes.Exists(p => p.Campaign == "welcome" && p.Shopper == alice), "the app push");
        await Eventually.TrueAsync(() => !receiver.Requests.IsEmpty, "the webhook delivery");

        var (id, body, _, verified) = Assert.Single(receiver.Requests);
        Assert.Equal(WebhookVerification.Valid, verified);
        Assert.StartsWith("push-welcome-", id, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(body);
        Assert.Equal("push", json.RootElement.GetProperty("type").GetString());
        var data = json.RootElement.GetProperty("data");
        Assert.Equal("welcome", data.GetProperty("campaign").GetString());
        Assert.Equal(alice, data.GetProperty("shopper").GetString());
        var push = gateway.Database.Pushes.FindOne(p => p.Campaign == "welcome" && p.Shopper == alice);
        Assert.Equal(push.Title, data.GetProperty("title").GetString());
        gateway.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task CampaignPush_NoWebhookConfigured_OnlyTheAppPush()
    {
        await using var gateway = await GatewayFixture.StartAsync([GatewayFixture.ScenarioPath("welcome.yaml")]);
        var alice = gateway.Shopper("alice");
        new ScenePlayer(gateway, alice, "store-w").Enter("entrance", TimeProvider.System.GetUtcNow().AddSeconds(-2));

        await Eventually.TrueAsync(() => gateway.Database.Pushes.Exists(p => p.Campaign == "welcome" && p.Shopper == alice), "the app push");
        Assert.Equal(0, gateway.Database.WebhookOutbox.Count());
        Assert.Equal(0, gateway.Database.WebhookDeadLetters.Count());
    }

    // A decision handed to the channel again — a retried decision, a deferral released twice, a replay after a restart —
    // must not reach the provider twice, also after the first one was delivered and left the outbox.
    [Fact]
    public async Task SameDecision_HandedOverAgainAfterDeliveryAndAfterARestart_ProviderGetsItOnce()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var data = Directory.CreateTempSubdirectory("se-gw-").FullName;
        var settings = new Dictionary<string, string?>
        {
            ["Gateway:Webhook:Url"] = receiver.Url.ToString(),
            ["Gateway:Webhook:Secret"] = WebhookReceiver.Secret,
        };
        var first = await GatewayFixture.StartAsync([GatewayFixture.ScenarioPath("welcome.yaml")], settings, dataDirectory: data);
        var message = new CampaignMessage("welcome", 1, first.Shopper("alice"), "store-w", TimeProvider.System.GetUtcNow().AddSeconds(-1), 0, "test",
            new PushPart("Hi", "Welcome", "app://offers", null, null), null);
        var channel = first.App.Services.GetServices<IDeliveryChannel>().OfType<WebhookChannel>().Single();

        Assert.True(await channel.DeliverAsync(message, CancellationToken.None));
        Assert.True(await channel.DeliverAsync(message, CancellationToken.None));
        await Eventually.TrueAsync(() => !receiver.Requests.IsEmpty && first.Database.WebhookOutbox.Count() == 0, "the delivery to succeed and leave the outbox");
        Assert.True(await channel.DeliverAsync(message, CancellationToken.None));
        await first.DisposeAsync();
        await using var second = await GatewayFixture.StartAsync(settings: settings, dataDirectory: data);
        var again = second.App.Services.GetServices<IDeliveryChannel>().OfType<WebhookChannel>().Single();
        Assert.True(await again.DeliverAsync(message, CancellationToken.None));

        // A different decision still goes out: the check is per delivery id, not a closed door.
        Assert.True(await again.DeliverAsync(message with { TriggeredAt = message.TriggeredAt.AddSeconds(1) }, CancellationToken.None));
        await Eventually.TrueAsync(() => receiver.Requests.Count == 2, "the second decision's delivery");
        Assert.Equal(1, receiver.Requests.Count(r => r.Id == $"push-welcome-{message.Shopper}-{message.TriggeredAt.UtcTicks}"));
        // The sender clears its outbox row after the provider's answer, which the receiver records first: wait for it.
        await Eventually.TrueAsync(() => second.Database.WebhookOutbox.Count() == 0, "the second delivery to leave the outbox");
    }

    // The provider shows the push as the app does: the issued code travels with it, not only the definition's name.
    [Fact]
    public async Task PushWithIssuedCoupon_ProviderGetsTheCodeAndTheDefinition()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var gateway = await GatewayFixture.StartAsync([GatewayFixture.ScenarioPath("welcome.yaml")], new Dictionary<string, string?>
        {
            ["Gateway:Webhook:Url"] = receiver.Url.ToString(),
            ["Gateway:Webhook:Secret"] = WebhookReceiver.Secret,
        });
        var message = new CampaignMessage("welcome", 1, gateway.Shopper("alice"), "store-w", TimeProvider.System.GetUtcNow().AddSeconds(-1), 0, "test",
            new PushPart("Hi", "Welcome", "app://offers", null, "sports-20", "K7Q2M9XH4TAB"), null);
        var channel = gateway.App.Services.GetServices<IDeliveryChannel>().OfType<WebhookChannel>().Single();

        Assert.True(await channel.DeliverAsync(message, CancellationToken.None));

        await Eventually.TrueAsync(() => !receiver.Requests.IsEmpty, "the webhook delivery");
        using var json = JsonDocument.Parse(Assert.Single(receiver.Requests).Body);
        var data = json.RootElement.GetProperty("data");
        Assert.Equal(("sports-20", "K7Q2M9XH4TAB"), (data.GetProperty("couponRef").GetString(), data.GetProperty("coupon").GetString()));
    }
}
