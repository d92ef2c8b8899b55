using ScenarioEdge.Campaigns.Compilation;
using ScenarioEdge.Campaigns.Content;
using ScenarioEdge.Campaigns.Decisions;
using ScenarioEdge.Campaigns.Limits;
using ScenarioEdge.Campaigns.Tests.Support;
using ScenarioEdge.Campaigns.Triggers;
using ScenarioEdge.Protocol.Messages;
using static ScenarioEdge.Campaigns.Tests.Support.Campaigns;

namespace ScenarioEdge.Campaigns.Tests.Decisions;

public sealed class CampaignDeciderTests
{
    [Fact]
    public void Decide_EveryConsentCombinationWithoutOffers_NeverSent()
    {
        var open = Compile(Minimal("open", "{kind: storeEntered}"));
        var hr = Compile(Minimal("hr", "{kind: storeEntered}", "[{heartRateReserve: {min: 0}}]", extra: "audience: {consents: [presence, activity, analytics]}"));

        for (var flags = 0; flags < 16; flags++)
        {
            var engine = new Engine(open, hr);
            var consents = (Consents)flags;
            var fact = Fact(TriggerKind.StoreEntered) with { Consents = consents, HeartRateReserve = 60 };
            var records = engine.Decide(fact);
            if ((consents & Consents.Offers) == 0)
            {
                Assert.All(records, r => Assert.Equal((OutcomeKind.Suppressed, DecisionReason.NoConsent), (r.Outcome, r.Reason)));
                Assert.Empty(engine.State.Sent);
            }
            else
            {
                Assert.Single(engine.State.Sent);
            }
        }
    }

    [Fact]
    public void HasConsent_AudienceBuiltWithoutOffers_StillRequiresOffers()
    {
        var audience = new CampaignAudience(Consents.None, null, null, null);

        Assert.False(audience.HasConsent(Consents.Presence | Consents.Activity | Consents.Analytics));
        Assert.True(audience.HasConsent(Consents.Offers));
    }

    [Fact]
    public void Decide_CapReached_SuppressedNamingTheRule_SuppressedSendsDoNotCount()
    {
        var engine = new Engine(Compile(Minimal("c", "{kind: storeEntered}", extra: "limits: {caps: [{name: once-a-day, count: 1, per: calendarDay}]}")));
        var fact = Fact(TriggerKind.StoreEntered);

        // Without the offers consent: suppressed, and it does not use up the cap.
        engine.Single(fact with { Consents = Consents.Presence });
        Assert.Equal(OutcomeKind.Sent, engine.Single(fact).Outcome);
        var capped = engine.Single(fact with { EventTime = Noon.AddHours(1) });

        Assert.Equal((OutcomeKind.Suppressed, DecisionReason.Cap, "once-a-day"), (capped.Outcome, capped.Reason, capped.Detail));
        Assert.Equal(new DateTimeOffset(2026, 12, 2, 23, 0, 0, TimeSpan.Zero), capped.Until);
        Assert.Single(engine.State.Sent);
    }

    [Fact]
    public void Decide_DisplayImpression_CountsAgainstTheSameCapsAsPushes()
    {
        var display = Compile("""
            id: shelf-ad
            version: 1
            name: shelf ad
            stores: [store-1]
            trigger: {kind: dwellShelf}
            content:
              shelfDisplay: {title: Fresh bread, ttl: 30s}
            priority: 5
            """);
        var push = Compile(Minimal("push", "{kind: dwellShelf}"));
        var engine = new Engine(display, push) { Policy = new StorePolicy("store-1", TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin")) { Caps = [new CapRule("store-daily", CapScope.AllCampaigns, 1, null)] } };

        var first = engine.Decide(Dwell("shelf-bread", 5, zone: "bakery"));
        var sent = Assert.Single(first, r => r.Outcome == OutcomeKind.Sent);
        Assert.Equal(("shelf-ad", Channels.ShelfDisplay), (sent.Campaign, sent.Channels));

        var second = engine.Decide(Dwell("shelf-drinks", 5, at: Noon.AddMinutes(10)));
        Assert.All(second, r => Assert.Equal((DecisionReason.Cap, "store-daily"), (r.Reason, r.Detail)));
    }

    [Fact]
    public void Decide_AfterDismissal_LongerCooldown()
    {
        var engine = new Engine(Compile(Minimal("c", "{kind: storeEntered}", extra: "limits: {cooldown: 30m, cooldownAfterDismissal: 7d}")));
        var fact = Fact(TriggerKind.StoreEntered);
        Assert.Equal(OutcomeKind.Sent, engine.Single(fact).Outcome);

        var soon = engine.Single(fact with { EventTime = Noon.AddMinutes(20) });
        Assert.Equal((DecisionReason.Cooldown, Noon.AddMinutes(30)), (soon.Reason, soon.Until));
        Assert.Equal(OutcomeKind.Sent, engine.Single(fact with { EventTime = Noon.AddMinutes(31) }).Outcome);

        engine.State.RecordDismissal("c", Noon.AddMinutes(32));
        var dismissed = engine.Single(fact with { EventTime = Noon.AddHours(5) });
        Assert.Equal((DecisionReason.Cooldown, Noon.AddMinutes(32).AddDays(7)), (dismissed.Reason, dismissed.Until));
        Assert.Equal(OutcomeKind.Sent, engine.Single(fact with { EventTime = Noon.AddDays(8) }).Outcome);
    }

    [Fact]
    public void Decide_PerVisitCap_SuppressedUntilTheNextVisit()
    {
        var engine = new Engine(Compile(Minimal("c", "{kind: zoneEntered}", extra: "limits: {maxPerVisit: 1}")));
        var fact = Fact(TriggerKind.ZoneEntered) with { Zone = "drinks" };

        Assert.Equal(OutcomeKind.Sent, engine.Single(fact).Outcome);
        var again = engine.Single(fact with { Zone = "bakery", EventTime = Noon.AddMinutes(1) });
        Assert.Equal((DecisionReason.Cap, "campaign/1/visit"), (again.Reason, again.Detail));
        Assert.Equal(OutcomeKind.Sent, engine.Single(fact with { Visit = "v-2", EventTime = Noon.AddHours(2) }).Outcome);
    }

    [Fact]
    public void Decide_OutsideScheduleOrTooLate_SuppressedWithTheReason()
    {
        var engine = new Engine(Compile(Minimal("c", "{kind: storeEntered}", extra: "schedule: {days: [mon], hours: {from: '08:00', to: '10:00'}}\nlimits: {maxDelay: 30s}")));
        // Monday 7 December 2026, 09:00 local.
        var monday = Fact(TriggerKind.StoreEntered, new DateTimeOffset(2026, 12, 7, 8, 0, 0, TimeSpan.Zero));

        Assert.Equal(DecisionReason.Schedule, engine.Single(Fact(TriggerKind.StoreEntered)).Reason);
        Assert.Equal(DecisionReason.Schedule, engine.Single(monday with { EventTime = monday.EventTime.AddHours(2) }).Reason);
        Assert.Equal(DecisionReason.Expired, engine.Single(monday, now: monday.EventTime.AddSeconds(31)).Reason);
        Assert.Equal(OutcomeKind.Sent, engine.Single(monday, now: monday.EventTime.AddSeconds(29)).Outcome);
    }

    [Fact]
    public void Decide_AudienceTagsAndReturning_SuppressedAsAudience()
    {
        var engine = new Engine(Compile(Minimal("c", "{kind: storeEntered}", extra: "audience: {tagsAny: [runner], tagsNone: [staff], shoppers: returning}")));
        var fact = Fact(TriggerKind.StoreEntered) with { Tags = ["runner"], ShopperKind = ShopperKind.Returning };

        Assert.Equal(DecisionReason.Audience, engine.Single(fact with { ShopperKind = ShopperKind.New }).Reason);
        Assert.Equal(DecisionReason.Audience, engine.Single(fact with { Tags = ["runner", "staff"] }).Reason);
        Assert.Equal(DecisionReason.Audience, engine.Single(fact with { Tags = null }).Reason);
        Assert.Equal(OutcomeKind.Sent, engine.Single(fact).Outcome);
    }

    [Fact]
    public void Decide_SeveralCampaignsMatch_ExactlyOneOutcomeEach()
    {
        var engine = new Engine(
            Compile(Minimal("a", "{kind: storeEntered}", extra: "priority: 1")),
            Compile(Minimal("b", "{kind: storeEntered}", extra: "priority: 2")),
            Compile(Minimal("c", "{kind: storeEntered}", extra: "audience: {shoppers: new}")),
            Compile(Minimal("d", "{kind: storeEntered}", extra: "limits: {maxDelay: 1s}")));

        var records = engine.Decide(Fact(TriggerKind.StoreEntered), now: Noon.AddSeconds(5));

        Assert.Equal(["a", "b", "c", "d"], records.Select(r => r.Campaign).Order(StringComparer.Ordinal));
        Assert.Equal("b", Assert.Single(records, r => r.Outcome == OutcomeKind.Sent).Campaign);
        Assert.Equal(DecisionReason.LostArbitration, records.Single(r => r.Campaign == "a").Reason);
        Assert.Equal(DecisionReason.Audience, records.Single(r => r.Campaign == "c").Reason);
        Assert.Equal(DecisionReason.Expired, records.Single(r => r.Campaign == "d").Reason);
    }

    [Fact]
    public void Check_SceneCampaign_DoesNotReadLimitsOfOtherShoppers()
    {
        var campaign = Compile(Minimal("c", "{kind: sceneEntered, scene: resting}", extra: "limits: {caps: [{count: 1, per: 24h}]}"));
        var policy = new StorePolicy("store-1", TimeZoneInfo.Utc);
        var other = new ShopperLimitState("s-2");
        other.RecordSent("c", "store-1", null, Noon);
        var fact = Fact(TriggerKind.SceneEntered) with { Scene = SceneState.Resting };

        Assert.Equal(OutcomeKind.Sent, CampaignDecider.Check(campaign, fact, new ShopperLimitState("s-1"), policy, Noon).Kind);
        Assert.Equal(OutcomeKind.Suppressed, CampaignDecider.Check(campaign, fact, other, policy, Noon).Kind);
    }

    [Fact]
    public void Decide_ReplayedTrigger_SuppressedAsDuplicate()
    {
        var engine = new Engine(Compile(Minimal("c", "{kind: storeEntered}")));
        var fact = Fact(TriggerKind.StoreEntered);

        Assert.Equal(OutcomeKind.Sent, engine.Single(fact).Outcome);
        var replay = engine.Single(fact, now: Noon.AddSeconds(20));

        Assert.Equal((OutcomeKind.Suppressed, DecisionReason.Duplicate), (replay.Outcome, replay.Reason));
        Assert.Equal(OutcomeKind.Sent, engine.Single(fact with { EventTime = Noon.AddSeconds(1) }).Outcome);
    }

    [Fact]
    public void Decide_EventTimeFarAheadOfTheClock_SuppressedAsExpired()
    {
        var engine = new Engine(Compile(Minimal("c", "{kind: storeEntered}", extra: "schedule: {start: '2026-12-03T00:00:00Z'}")));

        var ahead = engine.Single(Fact(TriggerKind.StoreEntered, Noon.AddDays(1)), now: Noon);

        Assert.Equal((DecisionReason.Expired, "event time 86400s ahead of the clock"), (ahead.Reason, ahead.Detail));
        Assert.Empty(engine.State.Sent);
    }

    [Fact]
    public void Check_LimitStateRestoredFromSnapshot_StillCapped()
    {
        var engine = new Engine(Compile(Minimal("c", "{kind: storeEntered}", extra: "limits: {caps: [{count: 1, per: calendarDay}], cooldown: 1h}")));
        engine.Single(Fact(TriggerKind.StoreEntered));
        var json = System.Text.Json.JsonSerializer.Serialize(engine.State.ToSnapshot());

        var restored = ShopperLimitState.FromSnapshot(System.Text.Json.JsonSerializer.Deserialize<ShopperLimitSnapshot>(json)!);
        var later = Fact(TriggerKind.StoreEntered, Noon.AddHours(2));

        var outcome = CampaignDecider.Check(engine.Set.ById["c"], later, restored, engine.Policy, later.EventTime);
        Assert.Equal((DecisionReason.Cap, "campaign/1/calendarDay"), (outcome.Reason, outcome.Detail));
        Assert.Equal(DecisionReason.Duplicate, CampaignDecider.Check(engine.Set.ById["c"], Fact(TriggerKind.StoreEntered), restored, engine.Policy, Noon.AddSeconds(5)).Reason);
    }
}
