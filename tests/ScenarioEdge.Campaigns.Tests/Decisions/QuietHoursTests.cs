using ScenarioEdge.Campaigns.Compilation;
using ScenarioEdge.Campaigns.Decisions;
using ScenarioEdge.Campaigns.Limits;
using ScenarioEdge.Campaigns.Tests.Support;
using ScenarioEdge.Campaigns.Triggers;
using ScenarioEdge.Protocol.Messages;
using static ScenarioEdge.Campaigns.Tests.Support.Campaigns;

namespace ScenarioEdge.Campaigns.Tests.Decisions;

public sealed class QuietHoursTests
{
    // 22:30 local in Berlin on Wednesday 2 December 2026 (UTC+1); quiet hours 22:00-07:00 end at 06:00 UTC.
    private static readonly DateTimeOffset Late = new(2026, 12, 2, 21, 30, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Morning = new(2026, 12, 3, 6, 0, 0, TimeSpan.Zero);

    private static Engine Quiet(string policy, string trigger = "{kind: zoneEntered}") =>
        new(Compile(Minimal("c", trigger, extra: $"limits: {{quietHours: {policy}}}")))
        {
            Policy = new StorePolicy("store-1", TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin")) { QuietHours = LocalTimeRange.Parse("22:00", "07:00") },
        };

    private static TriggerFact InZone => Fact(TriggerKind.ZoneEntered, Late) with { Zone = "drinks" };

    [Fact]
    public void Decide_DropPolicy_SuppressedAsQuietHours()
    {
        var engine = Quiet("drop");

        var record = engine.Single(InZone);

        Assert.Equal((OutcomeKind.Suppressed, DecisionReason.QuietHours), (record.Outcome, record.Reason));
        Assert.Empty(engine.Deferred);
        Assert.Empty(engine.State.Sent);
    }

    [Fact]
    public void Decide_DeferPolicy_DeferredToTheWindowsEnd_ThenSentWhileTheContextHolds()
    {
        var engine = Quiet("defer");

        var record = engine.Single(InZone);
        var deferred = Assert.Single(engine.Deferred);

        Assert.Equal((OutcomeKind.Deferred, Morning), (record.Outcome, record.Until!.Value.ToUniversalTime()));
        Assert.Equal(Morning, deferred.Until);
        var released = CampaignDecider.Release(deferred, engine.Set.ById["c"], new ShopperContext("store-1", "v-1", "drinks", SceneState.InStore),
            engine.State, engine.Policy, Morning);
        Assert.Equal(OutcomeKind.Sent, released.Kind);
    }

    [Fact]
    public void Release_InStoreTriggerShopperLeftZoneOrStore_DroppedAsContextEnded()
    {
        var engine = Quiet("defer");
        engine.Decide(InZone);
        var deferred = engine.Deferred[0];
        var campaign = engine.Set.ById["c"];

        var otherZone = CampaignDecider.Release(deferred, campaign, new ShopperContext("store-1", "v-1", "bakery", SceneState.InStore), engine.State, engine.Policy, Morning);
        var left = CampaignDecider.Release(deferred, campaign, new ShopperContext(null, null, null, SceneState.Commuting), engine.State, engine.Policy, Morning);
        var newVisit = CampaignDecider.Release(deferred, campaign, new ShopperContext("store-1", "v-2", "drinks", SceneState.InStore), engine.State, engine.Policy, Morning);

        Assert.All([otherZone, left, newVisit], o => Assert.Equal((OutcomeKind.Dropped, DecisionReason.ContextEnded), (o.Kind, o.Reason)));
    }

    [Fact]
    public void Release_SceneTrigger_DeferKeepsIt_DropIfContextEndedDropsIt()
    {
        var resting = Fact(TriggerKind.SceneEntered, Late) with { Scene = SceneState.Resting };
        var nowCommuting = new ShopperContext(null, null, null, SceneState.Commuting);
        foreach (var (policy, expected) in new[] { ("defer", OutcomeKind.Sent), ("dropIfContextEnded", OutcomeKind.Dropped) })
        {
            var engine = Quiet(policy, "{kind: sceneEntered, scene: resting}");
            engine.Decide(resting);

            var released = CampaignDecider.Release(engine.Deferred[0], engine.Set.ById["c"], nowCommuting, engine.State, engine.Policy, Morning);

            Assert.Equal(expected, released.Kind);
        }
    }

    [Fact]
    public void Release_CampaignPausedOrReplaced_DroppedAsInactive()
    {
        var engine = Quiet("defer");
        engine.Decide(InZone);
        var v2 = Compile(Minimal("c", "{kind: zoneEntered}").Replace("version: 1", "version: 2", StringComparison.Ordinal));
        var here = new ShopperContext("store-1", "v-1", "drinks", SceneState.InStore);

        Assert.Equal(DecisionReason.CampaignInactive, CampaignDecider.Release(engine.Deferred[0], null, here, engine.State, engine.Policy, Morning).Reason);
        Assert.Equal(DecisionReason.CampaignInactive, CampaignDecider.Release(engine.Deferred[0], v2, here, engine.State, engine.Policy, Morning).Reason);
    }

    [Fact]
    public void Release_CapUsedUpWhileDeferred_SuppressedByTheCap()
    {
        var engine = Quiet("defer");
        engine.Policy = engine.Policy with { Caps = [new CapRule("store-daily", CapScope.AllCampaigns, 1, null)] };
        engine.Decide(InZone);
        engine.State.RecordSent("other", "store-1", "v-1", Morning.AddMinutes(-1));

        var released = CampaignDecider.Release(engine.Deferred[0], engine.Set.ById["c"], new ShopperContext("store-1", "v-1", "drinks", SceneState.InStore),
            engine.State, engine.Policy, Morning);

        Assert.Equal((DecisionReason.Cap, "store-daily"), (released.Reason, released.Detail));
    }

    [Fact]
    public void NextAt_QuietHoursEndOnSpringForwardNight_IsTheLocalEndTime()
    {
        var berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
        // 23:00 local on 28 March 2026 (UTC+1); 07:00 local the next morning is UTC+2 (05:00 UTC), and 02:30 does not exist.
        var at = new DateTimeOffset(2026, 3, 28, 22, 0, 0, TimeSpan.Zero);

        Assert.Equal(new DateTimeOffset(2026, 3, 29, 5, 0, 0, TimeSpan.Zero), LocalCalendar.NextAt(at, 7 * 60, berlin));
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 1, 0, 0, TimeSpan.Zero), LocalCalendar.NextAt(at, 150, berlin));
    }
}
