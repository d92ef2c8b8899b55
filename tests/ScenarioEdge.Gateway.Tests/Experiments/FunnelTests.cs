using System.Net;
using MQTTnet;
using ScenarioEdge.Gateway.Tests.Campaigns;
using ScenarioEdge.Gateway.Tests.Coupons;
using ScenarioEdge.Gateway.Tests.Infrastructure;
using static ScenarioEdge.Gateway.Tests.Experiments.ExperimentRig;

namespace ScenarioEdge.Gateway.Tests.Experiments;

/// <summary>
/// The funnel stages after the send, from the app's feedback on its own pushes and the till's redemptions: another
/// install cannot move a shopper's funnel, a replayed "opened" counts once at its first time, and a redemption of a
/// code another campaign issued does not credit this one.
/// </summary>
public sealed class FunnelTests
{
    [Fact]
    public async Task Feedback_OwnAppStampsTheStages_AnotherInstallAndReplaysMoveNothing()
    {
        var folder = Folder(("x-fun.yaml", Campaign("x-fun", "experiment: {variants: [{name: a, weight: 1}, {name: b, weight: 1}]}")));
        var time = new ShiftedTimeProvider();
        await using var gateway = await StartAsync(folder, time: time, campaigns: "x-fun");
        var alice = gateway.Shopper("alice");
        var t = time.GetUtcNow().AddSeconds(-30);
        var player = new ScenePlayer(gateway, alice, "store-w");
        player.Enter("entrance", t);
        player.MoveTo("aisle", t.AddSeconds(1));
        await Eventually.TrueAsync(() => gateway.Database.Pushes.Count(p => p.Campaign == "x-fun") == 1, "the push");
        var push = gateway.Database.Pushes.FindOne(p => p.Campaign == "x-fun");
        var r = new DateTimeOffset(push.RecordedAt.ToUniversalTime(), TimeSpan.Zero);
        time.Advance(TimeSpan.FromMinutes(1));
        await using var bob = await gateway.ConnectAsync(gateway.Install("bob"));
        await using var app = await gateway.ConnectAsync(gateway.Install("alice"));
        var bobTopic = $"se/v1/apps/{gateway.Install("bob")}/up/feedback";
        var aliceTopic = $"se/v1/apps/{gateway.Install("alice")}/up/feedback";

        var forged = await bob.PublishAsync(bobTopic, Feedback("fb-b1", push.Id, "dismissed", r.AddSeconds(3)));
        var opened = await app.PublishAsync(aliceTopic, Feedback("fb-1", push.Id, "opened", r.AddSeconds(5)));
        var replayed = await app.PublishAsync(aliceTopic, Feedback("fb-1", push.Id, "opened", r.AddSeconds(5)));
        var again = await app.PublishAsync(aliceTopic, Feedback("fb-2", push.Id, "opened", r.AddSeconds(9)));
        var clicked = await app.PublishAsync(aliceTopic, Feedback("fb-3", push.Id, "clicked", r.AddSeconds(6)));

        Assert.Equal(MqttClientPublishReasonCode.NotAuthorized, forged.ReasonCode);
        Assert.All([opened, replayed, again, clicked], x => Assert.True(x.IsSuccess, x.ReasonString));
        await Eventually.TrueAsync(() => gateway.Journeys("x-fun").Single().ClickedAt is not null, "the click stamped");
        var journey = Assert.Single(gateway.Journeys("x-fun"));
        Assert.Equal(r.AddSeconds(5), journey.OpenedAt!.Value, TimeSpan.FromMilliseconds(1));
        Assert.Equal(r.AddSeconds(6), journey.ClickedAt!.Value, TimeSpan.FromMilliseconds(1));
        Assert.Null(journey.DismissedAt);
        Assert.NotNull(journey.SentAt);
        gateway.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task Feedback_AppClockBehindThePush_HeldAtThePushsTime()
    {
        var folder = Folder(("x-clock.yaml", Campaign("x-clock")));
        await using var gateway = await StartAsync(folder, campaigns: "x-clock");
        var alice = gateway.Shopper("alice");
        var t = TimeProvider.System.GetUtcNow().AddSeconds(-30);
        var player = new ScenePlayer(gateway, alice, "store-w");
        player.Enter("entrance", t);
        player.MoveTo("aisle", t.AddSeconds(1));
        await Eventually.TrueAsync(() => gateway.Database.Pushes.Count(p => p.Campaign == "x-clock") == 1, "the push");
        var push = gateway.Database.Pushes.FindOne(p => p.Campaign == "x-clock");
        await using var app = await gateway.ConnectAsync(gateway.Install("alice"));

        var early = await app.PublishAsync($"se/v1/apps/{gateway.Install("alice")}/up/feedback", Feedback("fb-e", push.Id, "opened", t.AddDays(-3)));

        Assert.True(early.IsSuccess, early.ReasonString);
        await Eventually.TrueAsync(() => gateway.Journeys("x-clock").Single().OpenedAt is not null, "the open stamped");
        Assert.Equal(push.RecordedAt.ToUniversalTime(), gateway.Journeys("x-clock").Single().OpenedAt!.Value.UtcDateTime, TimeSpan.FromMilliseconds(1));
    }

    [Fact]
    public async Task Redemption_OwnCampaignsCodeCredits_AnotherCampaignExposingTheShopperNot()
    {
        var coupons = await File.ReadAllTextAsync(Path.Combine(GatewayFixture.CampaignsPath("coupons"), "c-aisle.yaml"));
        var folder = Folder(("c-aisle.yaml", coupons), ("x-rival.yaml", Campaign("x-rival", "experiment: {variants: [{name: a, weight: 1}]}", priority: 1)));
        await using var gateway = await StartAsync(folder, campaigns: ["c-aisle", "x-rival"]);
        var alice = gateway.Shopper("alice");
        var t = TimeProvider.System.GetUtcNow().AddSeconds(-30);
        var player = new ScenePlayer(gateway, alice, "store-w");
        player.Enter("entrance", t);
        player.MoveTo("aisle", t.AddSeconds(1));
        await DecisionApi.WaitForAsync(gateway, alice, "c-aisle", "sent");
        await DecisionApi.WaitForAsync(gateway, alice, "x-rival", "suppressed");
        var code = Assert.Single(gateway.Database.CouponIssues.FindAll()).Id;
        using var unknown = await CouponApiTests.RedeemAsync(gateway, "store-w", "AAAAAAAAAAAA", "sale-0", alice);

        using var redeemed = await CouponApiTests.RedeemAsync(gateway, "store-w", code, "sale-1", alice);
        using var replayed = await CouponApiTests.RedeemAsync(gateway, "store-w", code, "sale-1", alice);

        Assert.Equal(HttpStatusCode.OK, redeemed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, replayed.StatusCode);
        await Eventually.TrueAsync(() => gateway.Journeys("c-aisle").Single().RedeemedAt is not null, "the redemption stamped");
        Assert.Null(Assert.Single(gateway.Journeys("x-rival")).RedeemedAt);
        Assert.Equal("lostArbitration", gateway.Journeys("x-rival").Single().Outcome);
        gateway.AssertNoErrorsLogged();
    }

    private static string Feedback(string id, string pushId, string action, DateTimeOffset at) =>
        $$"""{"v":1,"id":"{{id}}","ts":"{{at:O}}","pushId":"{{pushId}}","action":"{{action}}"}""";
}
