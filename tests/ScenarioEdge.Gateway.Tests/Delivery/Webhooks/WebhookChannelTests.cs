using System.Text.Json;
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
}
