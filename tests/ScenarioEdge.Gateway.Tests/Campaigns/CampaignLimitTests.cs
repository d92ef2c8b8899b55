using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using ScenarioEdge.Campaigns.Compilation;
using ScenarioEdge.Gateway.Tests.Infrastructure;
using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.Gateway.Tests.Campaigns;

/// <summary>
/// The limits as a shopper meets them, through the hosted engine: caps, quiet hours (defer, drop), context expiry,
/// arbitration, and what survives a restart. Time is the system clock, moved forward where a test must pass the end
/// of quiet hours.
/// </summary>
public sealed class CampaignLimitTests
{
    [Fact]
    public async Task Cap_SecondOfferWithinTheHour_SuppressedAndTheLogNamesTheRule()
    {
        await using var gateway = await StartAsync(quiet: null);
        var alice = gateway.Shopper("alice");
        var player = new ScenePlayer(gateway, alice, "store-w");
        var t = TimeProvider.System.GetUtcNow().AddSeconds(-30);

        player.Enter("entrance", t);
        // The entry's own round (l-defer wins) closes first: within one decision window l-cap would lose to it.
        await DecisionApi.WaitForAsync(gateway, alice, "l-defer", "sent");
        player.MoveTo("aisle", t.AddSeconds(1));
        var sent = await DecisionApi.WaitForAsync(gateway, alice, "l-cap", "sent");
        player.MoveTo("entrance", t.AddSeconds(2));
        player.MoveTo("aisle", t.AddSeconds(3));
        var capped = await DecisionApi.WaitForAsync(gateway, alice, "l-cap", "suppressed");

        Assert.Equal(("cap", "once-an-hour"), (capped.Text("reason"), capped.Text("detail")));
        Assert.Equal(sent.GetProperty("decidedAt").GetDateTimeOffset().AddHours(1), capped.GetProperty("until").GetDateTimeOffset(), TimeSpan.FromMilliseconds(1));
        Assert.Single(gateway.Database.Pushes.Find(p => p.Campaign == "l-cap"));
        Assert.Equal(1, gateway.Metrics.CampaignDecisions("l-cap", "suppressed_cap"));
        Assert.Contains("se_campaign_decisions_total{campaign=\"l-cap\",outcome=\"suppressed_cap\"} 1", await gateway.Http.GetStringAsync("/metrics"), StringComparison.Ordinal);
        gateway.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task QuietHours_DeferPolicy_DeliveredAtTheEndAndDropPolicySuppressed()
    {
        var time = new ShiftedTimeProvider();
        await using var gateway = await StartAsync(QuietAround(time.GetUtcNow()), time: time);
        var alice = gateway.Shopper("alice");

        new ScenePlayer(gateway, alice, "store-w").Enter("entrance", time.GetUtcNow().AddSeconds(-1));
        var deferred = await DecisionApi.WaitForAsync(gateway, alice, "l-defer", "deferred");
        var dropped = await DecisionApi.WaitForAsync(gateway, alice, "l-drop", "suppressed");
        Assert.Equal("quietHours", dropped.Text("reason"));
        Assert.True(deferred.GetProperty("until").GetDateTimeOffset() > time.GetUtcNow(), "deferred to the end of the quiet hours");
        Assert.Equal(0, gateway.Database.Pushes.Count());

        time.Advance(TimeSpan.FromHours(2));

        await DecisionApi.WaitForAsync(gateway, alice, "l-defer", "sent");
        await Eventually.TrueAsync(() => gateway.Database.Pushes.Count(p => p.Campaign == "l-defer" && p.Shopper == alice) == 1, "the deferred push");
        Assert.Equal(0, gateway.Database.CampaignDeferred.Count());
        gateway.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task QuietHours_ShopperLeavesBeforeTheEnd_DeferredOfferNeverSent()
    {
        var time = new ShiftedTimeProvider();
        await using var gateway = await StartAsync(QuietAround(time.GetUtcNow()), time: time);
        var alice = gateway.Shopper("alice");
        var player = new ScenePlayer(gateway, alice, "store-w");

        player.Enter("entrance", time.GetUtcNow().AddSeconds(-2));
        await DecisionApi.WaitForAsync(gateway, alice, "l-defer", "deferred");
        player.Leave(time.GetUtcNow().AddSeconds(-1));
        time.Advance(TimeSpan.FromHours(2));

        var dropped = await DecisionApi.WaitForAsync(gateway, alice, "l-defer", "dropped");
        Assert.Equal("contextEnded", dropped.Text("reason"));
        Assert.Equal(0, gateway.Database.Pushes.Count());
        gateway.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task Arbitration_TwoCampaignsFireAtOnce_OneMessageAndTheLoserNamesTheWinner()
    {
        await using var gateway = await StartAsync(quiet: null);
        var alice = gateway.Shopper("alice");

        new ScenePlayer(gateway, alice, "store-w").Enter("entrance", TimeProvider.System.GetUtcNow().AddSeconds(-1));

        await DecisionApi.WaitForAsync(gateway, alice, "l-defer", "sent");
        var lost = await DecisionApi.WaitForAsync(gateway, alice, "l-drop", "suppressed");
        Assert.Equal(("lostArbitration", "won by l-defer"), (lost.Text("reason"), lost.Text("detail")));
        await Eventually.TrueAsync(() => gateway.Database.Pushes.Count() == 1, "the winner's push");
        Assert.Equal("l-defer", Assert.Single(gateway.Database.Pushes.FindAll()).Campaign);
        gateway.AssertNoErrorsLogged();
    }

    // A round arbitrates one moment in event time. A stalled path (a busy gateway, an edge replaying its backlog) can
    // hand the runtime two moments of a shopper's story at once; each is still decided on its own, so what is sent
    // never depends on how late the triggers arrived. Both scene changes reach the runtime within one (long) window
    // here: 6 s apart in event time they are two moments (two messages), 2 s apart they are one (one message).
    [Theory]
    [InlineData(6, "sent", "")]
    [InlineData(2, "suppressed", "lostArbitration")]
    public async Task Arbitration_TwoSceneChangesArriveTogether_OneMessagePerMomentOfEventTime(int apartS, string aisleOutcome, string aisleReason)
    {
        var settings = new Dictionary<string, string?> { ["Gateway:Campaigns:ArbitrationWindow"] = "00:00:05" };
        await using var gateway = await StartAsync(quiet: null, extra: settings);
        var alice = gateway.Shopper("alice");
        var t = TimeProvider.System.GetUtcNow().AddSeconds(-30);

        var player = new ScenePlayer(gateway, alice, "store-w");
        player.Enter("entrance", t);
        player.MoveTo("aisle", t.AddSeconds(apartS));

        await DecisionApi.WaitForAsync(gateway, alice, "l-defer", "sent");
        var lost = await DecisionApi.WaitForAsync(gateway, alice, "l-drop", "suppressed");
        Assert.Equal(("lostArbitration", "won by l-defer"), (lost.Text("reason"), lost.Text("detail")));
        var aisle = await DecisionApi.WaitForAsync(gateway, alice, "l-cap", aisleOutcome);
        Assert.Equal(aisleReason, aisle.TryGetProperty("reason", out var reason) ? reason.GetString() ?? "" : "");
        var pushes = aisleOutcome == "sent" ? new[] { "l-cap", "l-defer" } : ["l-defer"];
        await Eventually.TrueAsync(() => gateway.Database.Pushes.Count() == pushes.Length, $"{pushes.Length} pushes");
        Assert.Equal(pushes, gateway.Database.Pushes.FindAll().Select(p => p.Campaign).Order(StringComparer.Ordinal));
        gateway.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task Restart_CapsAndDeferrals_SurviveAndTheDeferredOfferIsSentAfterwards()
    {
        var data = Directory.CreateTempSubdirectory("se-camp-").FullName;
        var time = new ShiftedTimeProvider();
        string alice;
        await using (var first = await StartAsync(quiet: null, data, time))
        {
            alice = first.Shopper("alice");
            var player = new ScenePlayer(first, alice, "store-w");
            player.Enter("entrance", time.GetUtcNow().AddSeconds(-2));
            await DecisionApi.WaitForAsync(first, alice, "l-defer", "sent");
            player.MoveTo("aisle", time.GetUtcNow().AddSeconds(-1));
            await DecisionApi.WaitForAsync(first, alice, "l-cap", "sent");
        }

        var quiet = QuietAround(time.GetUtcNow());
        await using (var second = await StartAsync(quiet, data, time))
        {
            var player = new ScenePlayer(second, alice, "store-w");
            player.MoveTo("aisle", time.GetUtcNow().AddSeconds(-1));
            var capped = await DecisionApi.WaitForAsync(second, alice, "l-cap", "suppressed");
            Assert.Equal("once-an-hour", capped.Text("detail"));
            player.Activity(SceneState.Exercising, SceneState.Unknown, time.GetUtcNow().AddSeconds(-1));
            await DecisionApi.WaitForAsync(second, alice, "l-scene-defer", "deferred");
        }

        time.Advance(TimeSpan.FromHours(2));
        await using var third = await StartAsync(quiet, data, time);

        await DecisionApi.WaitForAsync(third, alice, "l-scene-defer", "sent");
        await Eventually.TrueAsync(() => third.Database.Pushes.Count(p => p.Campaign == "l-scene-defer") == 1, "the deferred push after the restart");
        Assert.Single(third.Database.Pushes.Find(p => p.Campaign == "l-cap"));
        third.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task Replay_SameZoneEntryTwice_SentOnceAndTheReplayRecordedAsDuplicate()
    {
        await using var gateway = await StartAsync(quiet: null);
        var alice = gateway.Shopper("alice");
        var player = new ScenePlayer(gateway, alice, "store-w");
        var t = TimeProvider.System.GetUtcNow().AddSeconds(-30);
        player.Enter("entrance", t);
        await DecisionApi.WaitForAsync(gateway, alice, "l-defer", "sent");

        player.MoveTo("aisle", t.AddSeconds(1));
        await DecisionApi.WaitForAsync(gateway, alice, "l-cap", "sent");
        player.MoveTo("aisle", t.AddSeconds(1));

        var replay = await DecisionApi.WaitForAsync(gateway, alice, "l-cap", "suppressed");
        Assert.Equal("duplicate", replay.Text("reason"));
        Assert.Single(gateway.Database.Pushes.Find(p => p.Campaign == "l-cap"));
        gateway.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task Shutdown_TriggerInAnOpenArbitrationRound_DecidedAndItsPushKeptForTheNextStart()
    {
        var data = Directory.CreateTempSubdirectory("se-camp-").FullName;
        string alice;
        // A long window: the round is still open when the gateway stops.
        var settings = new Dictionary<string, string?> { ["Gateway:Campaigns:ArbitrationWindow"] = "00:00:10" };
        await using (var first = await StartAsync(quiet: null, data, extra: settings))
        {
            alice = first.Shopper("alice");
            new ScenePlayer(first, alice, "store-w").Enter("entrance", TimeProvider.System.GetUtcNow().AddSeconds(-1));
            await Eventually.TrueAsync(() => first.App.Services.GetRequiredService<ActiveCampaigns>().Current.ById.ContainsKey("l-defer"), "campaigns loaded");
        }

        await using var second = await StartAsync(quiet: null, data);

        var decisions = await DecisionApi.GetAsync(second, alice);
        Assert.Contains(decisions, d => d.Text("campaign") == "l-defer" && d.Text("outcome") == "sent");
        Assert.Contains(decisions, d => d.Text("campaign") == "l-drop" && d.Text("reason") == "lostArbitration");
        await Eventually.TrueAsync(() => second.Database.Pushes.Count(p => p.Campaign == "l-defer" && p.Shopper == alice) == 1, "the push decided at shutdown");
        second.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task Dismissal_AppDismissesThePush_TheCampaignRestsForItsCooldownAfterDismissal()
    {
        var settings = new Dictionary<string, string?> { ["Gateway:Campaigns:Folder"] = GatewayFixture.CampaignsPath("dismissal") };
        await using var gateway = await GatewayFixture.StartAsync([GatewayFixture.ScenarioPath("welcome.yaml")], settings);
        var alice = gateway.Shopper("alice");
        var player = new ScenePlayer(gateway, alice, "store-w");
        var t = TimeProvider.System.GetUtcNow().AddSeconds(-30);
        player.Enter("entrance", t);
        player.MoveTo("aisle", t.AddSeconds(1));
        await Eventually.TrueAsync(() => gateway.Database.Pushes.Count(p => p.Campaign == "l-dismiss") == 1, "the first push");
        var push = gateway.Database.Pushes.FindOne(p => p.Campaign == "l-dismiss");
        await using var app = await gateway.ConnectAsync(gateway.Install("alice"));

        var dismissed = await app.PublishAsync($"se/v1/apps/{gateway.Install("alice")}/up/feedback",
            $$"""{"v":1,"id":"fb-d1","ts":"{{t.AddSeconds(2):O}}","pushId":"{{push.Id}}","action":"dismissed"}""");
        Assert.True(dismissed.IsSuccess, dismissed.ReasonString);
        await Eventually.TrueAsync(() => gateway.Database.CampaignState.FindById(alice)?.Limits.Contains("\"lastDismissed\"", StringComparison.Ordinal) == true, "the dismissal in the shopper's limits");
        player.MoveTo("entrance", t.AddSeconds(3));
        player.MoveTo("aisle", t.AddSeconds(4));

        var resting = await DecisionApi.WaitForAsync(gateway, alice, "l-dismiss", "suppressed");
        Assert.Equal("cooldown", resting.Text("reason"));
        Assert.StartsWith("dismissed", resting.Text("detail"), StringComparison.Ordinal);
        Assert.Single(gateway.Database.Pushes.Find(p => p.Campaign == "l-dismiss"));
        gateway.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task NoCap_TwoSendsOfOneCampaignAtOnce_BothPushedAsTheDecisionLogSays()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Gateway:Campaigns:Folder"] = GatewayFixture.CampaignsPath("dismissal"),
            ["Gateway:Campaigns:ArbitrationWindow"] = "00:00:00",
        };
        await using var gateway = await GatewayFixture.StartAsync([GatewayFixture.ScenarioPath("welcome.yaml")], settings);
        var alice = gateway.Shopper("alice");
        var player = new ScenePlayer(gateway, alice, "store-w");
        var t = TimeProvider.System.GetUtcNow().AddSeconds(-30);

        player.Enter("entrance", t);
        player.MoveTo("aisle", t.AddSeconds(1));
        player.MoveTo("entrance", t.AddSeconds(2));
        player.MoveTo("aisle", t.AddSeconds(3));

        await Eventually.TrueAsync(() => gateway.Metrics.CampaignDecisions("l-dismiss", "sent") == 2, "two sends decided");
        // The engine owns caps and cooldowns: the push ledger must not second-guess a decided send.
        await Eventually.TrueAsync(() => gateway.Database.Pushes.Count(p => p.Campaign == "l-dismiss") == 2, "both pushes recorded");
        gateway.AssertNoErrorsLogged();
    }

    internal static async Task<GatewayFixture> StartAsync((string From, string To)? quiet, string? data = null, TimeProvider? time = null, IDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>(extra ?? new Dictionary<string, string?>()) { ["Gateway:Campaigns:Folder"] = GatewayFixture.CampaignsPath("limits") };
        if (quiet is { } q)
        {
            settings["Gateway:Campaigns:Stores:store-w:QuietFrom"] = q.From;
            settings["Gateway:Campaigns:Stores:store-w:QuietTo"] = q.To;
        }

        var seeds = data is not null && File.Exists(Path.Combine(data, "seeded")) ? [] : new[] { GatewayFixture.ScenarioPath("welcome.yaml") };
        var gateway = await GatewayFixture.StartAsync(seeds, settings, data, time: time);
        if (data is not null)
        {
            await File.WriteAllTextAsync(Path.Combine(data, "seeded"), "");
        }

        return gateway;
    }

    /// <summary>Quiet hours from an hour before to an hour after <paramref name="now"/> (the test store keeps UTC).</summary>
    internal static (string From, string To) QuietAround(DateTimeOffset now) =>
        (now.AddHours(-1).ToString("HH:mm", CultureInfo.InvariantCulture), now.AddHours(1).ToString("HH:mm", CultureInfo.InvariantCulture));
}
