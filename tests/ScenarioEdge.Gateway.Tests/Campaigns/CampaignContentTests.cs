using ScenarioEdge.Gateway.Tests.Delivery;
using ScenarioEdge.Gateway.Tests.Infrastructure;
using ScenarioEdge.Protocol;
using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.Gateway.Tests.Campaigns;

/// <summary>Content through the delivery seam: placeholders filled from the trigger, markup kept as the text it is.</summary>
public sealed class CampaignContentTests
{
    [Fact]
    public async Task Markup_InCampaignText_ReachesTheAppAndTheDisplayVerbatimWithPlaceholdersFilled()
    {
        var settings = new Dictionary<string, string?> { ["Gateway:Campaigns:Folder"] = GatewayFixture.CampaignsPath("markup") };
        await using var gateway = await GatewayFixture.StartAsync([GatewayFixture.ScenarioPath("shelf.yaml")], settings);
        var alice = gateway.Shopper("alice");
        var player = new ScenePlayer(gateway, alice, "store-s");
        var t = TimeProvider.System.GetUtcNow().AddSeconds(-5);

        player.Enter("entrance", t);
        player.MoveTo("drinks", t.AddSeconds(1));

        await Eventually.TrueAsync(() => gateway.Database.Pushes.Count(p => p.Campaign == "m-markup") == 1, "the push");
        var push = gateway.Database.Pushes.FindOne(p => p.Campaign == "m-markup");
        Assert.Equal(("<b>drinks</b> & more", "<script>alert('x')</script> at store-s"), (push.Title, push.Body));
        var topic = Topics.Display("store-s", "drinks-display");
        await Eventually.TrueAsync(() => gateway.Database.Retained.FindById(topic) is not null, "the display content");
        var display = ProtocolCodec.Decode<DisplayContent>(gateway.Database.Retained.FindById(topic).Payload).Value!;
        Assert.Equal(("<img src=x onerror=alert(1)>", "<i>half</i> price", 1.49m, "m-markup", 30), (display.Title, display.Promotion, display.Price!.Value, display.Campaign, display.TtlS));
        gateway.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task AppPush_WithDeepLinkAndImage_ReachesTheAppOnTheWireWithTheLinkFilledFromTheTrigger()
    {
        var settings = new Dictionary<string, string?> { ["Gateway:Campaigns:Folder"] = GatewayFixture.CampaignsPath("links") };
        await using var gateway = await GatewayFixture.StartAsync([GatewayFixture.ScenarioPath("shelf.yaml")], settings);
        var install = gateway.Install("alice");
        var (user, password) = gateway.Credentials.For(install)!.Value;
        await using var app = new PushApp(gateway.MqttPort, install, user, password);
        await app.ConnectAsync();
        var player = new ScenePlayer(gateway, gateway.Shopper("alice"), "store-s");
        var t = TimeProvider.System.GetUtcNow().AddSeconds(-5);

        player.Enter("entrance", t);
        player.MoveTo("drinks", t.AddSeconds(1));

        await Eventually.TrueAsync(() => !app.Messages.IsEmpty, "the push to reach the app");
        var push = Assert.Single(app.Messages);
        Assert.Equal(("n-links", "app://offers/drinks?store=store-s", "https://cdn.example.com/offers/drinks.png"), (push.Campaign, push.DeepLink, push.ImageUrl));
        Assert.Null(push.Coupon);
        gateway.AssertNoErrorsLogged();
    }
}
