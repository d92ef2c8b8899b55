using ScenarioEdge.Campaigns.Compilation;
using ScenarioEdge.Campaigns.Tests.Support;
using ScenarioEdge.Campaigns.Triggers;
using ScenarioEdge.Protocol.Messages;
using static ScenarioEdge.Campaigns.Tests.Support.Campaigns;
using ScenarioEdge.Tests.Shared;

namespace ScenarioEdge.Campaigns.Tests.Compilation;

public sealed class CampaignSetTests
{
    private readonly TestCatalog _catalog = TestCatalog.Demo();
    private readonly List<CompiledCampaign> _matches = [];

    [Fact]
    public void Match_DwellLongEnoughAtListedShelf_Matches()
    {
        var set = CampaignSet.Build([Compile(Yaml.DwellShelf)], _catalog);

        set.Match(Dwell("shelf-drinks", 10), _matches);

        Assert.Equal("drinks-dwell", Assert.Single(_matches).Id);
    }

    [Fact]
    public void Match_DwellTooShort_NoMatch()
    {
        var set = CampaignSet.Build([Compile(Yaml.DwellShelf)], _catalog);

        var evaluated = set.Match(Dwell("shelf-drinks", 7.9), _matches);

        Assert.Equal(1, evaluated);
        Assert.Empty(_matches);
    }

    [Fact]
    public void Match_ManyCampaigns_EvaluatesOnlyThoseOfTheEventsKindStoreAndShelf()
    {
        var campaigns = new List<CompiledCampaign>();
        for (var i = 0; i < 20; i++)
        {
            campaigns.Add(Compile(Minimal($"a{i}", "{kind: dwellShelf}", "[{shelves: [shelf-drinks]}]")));
            campaigns.Add(Compile(Minimal($"b{i}", "{kind: dwellShelf}", "[{shelves: [shelf-bread]}]")));
            campaigns.Add(Compile(Minimal($"c{i}", "{kind: zoneEntered}", "[{zones: [drinks]}]")));
            campaigns.Add(Compile(Minimal($"d{i}", "{kind: dwellShelf}", "[{shelves: [shelf-drinks]}]", stores: "[store-2]")));
            campaigns.Add(Compile(Minimal($"e{i}", "{kind: sceneEntered, scene: exercising}", stores: "[\"*\"]")));
        }

        campaigns.Add(Compile(Minimal("unkeyed", "{kind: dwellShelf}", "[{minDwellS: 1}]")));
        var set = CampaignSet.Build(campaigns, _catalog);

        var evaluated = set.Match(Dwell("shelf-drinks", 10), _matches);

        Assert.Equal(21, evaluated);
        Assert.Equal(21, _matches.Count);
        Assert.All(_matches, c => Assert.True(c.Id.StartsWith('a') || c.Id == "unkeyed", c.Id));
    }

    [Fact]
    public void Match_SceneCampaignForEveryStore_FoundInEachStoreOnlyForItsScene()
    {
        var set = CampaignSet.Build([Compile(Minimal("run", "{kind: sceneEntered, scene: exercising}", stores: "[\"*\"]"))], _catalog);
        var exercising = Fact(TriggerKind.SceneEntered, store: "store-2") with { Scene = SceneState.Exercising };

        Assert.Equal(1, set.Match(exercising, _matches));
        Assert.Equal(0, set.Match(exercising with { Scene = SceneState.Resting }, _matches));
        Assert.Equal(0, set.Match(exercising with { Kind = TriggerKind.SceneLeft }, _matches));
        Assert.Single(_matches);
    }

    [Fact]
    public void Match_HeartRateBandWithoutActivityConsent_NoMatch()
    {
        var campaign = Compile(Minimal("hr", "{kind: sceneEntered, scene: exercising}", "[{heartRateReserve: {min: 50, max: 85}}]"));
        var set = CampaignSet.Build([campaign], _catalog);
        var fact = Fact(TriggerKind.SceneEntered) with { Scene = SceneState.Exercising, HeartRateReserve = 70 };

        set.Match(fact, _matches);
        Assert.Empty(_matches);

        set.Match(fact with { Consents = fact.Consents | Consents.Activity }, _matches);
        Assert.Single(_matches);
        Assert.True(campaign.Audience.RequiredConsents.HasFlag(Consents.Activity));
    }

    [Fact]
    public void Match_TimeOfDayAndWeekday_InTheStoresTimeZone()
    {
        var set = CampaignSet.Build([Compile(Minimal("breakfast", "{kind: timeWindow, scene: commuting, window: {from: '07:00', to: '09:30'}}", "[{weekdays: [mon, tue, wed, thu, fri]}]"))], _catalog);
        var fact = Fact(TriggerKind.TimeWindow) with { Scene = SceneState.Commuting };

        // Wednesday 2 December 2026: 06:30 UTC is 07:30 in Berlin (CET, +1); 08:45 UTC is 09:45.
        set.Match(fact with { EventTime = new DateTimeOffset(2026, 12, 2, 6, 30, 0, TimeSpan.Zero) }, _matches);
        Assert.Single(_matches);
        set.Match(fact with { EventTime = new DateTimeOffset(2026, 12, 2, 8, 45, 0, TimeSpan.Zero) }, _matches);
        set.Match(fact with { EventTime = new DateTimeOffset(2026, 12, 2, 5, 59, 0, TimeSpan.Zero) }, _matches);
        // Saturday at 07:30 local.
        set.Match(fact with { EventTime = new DateTimeOffset(2026, 12, 5, 6, 30, 0, TimeSpan.Zero) }, _matches);
        Assert.Single(_matches);
    }

    [Fact]
    public void Match_AnyOf_HoldsWhenOneGroupHolds()
    {
        var set = CampaignSet.Build([Compile(Minimal("any", "{kind: dwellShelf}", "[{anyOf: [{minDwellS: 30}, {shelves: [shelf-bread]}]}]"))], _catalog);

        set.Match(Dwell("shelf-drinks", 10), _matches);
        Assert.Empty(_matches);
        set.Match(Dwell("shelf-drinks", 31), _matches);
        set.Match(Dwell("shelf-bread", 2, zone: "bakery"), _matches);
        Assert.Equal(2, _matches.Count);
    }

    [Fact]
    public void Match_NonMatchingEvent_AllocatesNothing()
    {
        var campaigns = Enumerable.Range(0, 50).Select(i => Compile(Minimal($"c{i}", "{kind: dwellShelf}", "[{minDwellS: 60, minConfidence: 0.5}]"))).ToList();
        campaigns.Add(Compile(Minimal("hr", "{kind: dwellShelf}", "[{heartRateReserve: {min: 50}, timeOfDay: {from: '07:00', to: '09:00'}, weekdays: [mon]}]")));
        var set = CampaignSet.Build(campaigns, _catalog);
        var facts = new[] { Dwell("shelf-drinks", 10), Dwell("shelf-bread", 5, zone: "bakery"), Fact(TriggerKind.StoreEntered), Dwell("shelf-drinks", 10, store: "store-2") };
        foreach (var f in facts)
        {
            set.Match(f, _matches);
        }

        var evaluated = 0;
        var allocated = Allocations.LeastPerBatch(() =>
        {
            evaluated = 0;
            for (var i = 0; i < 10_000; i++)
            {
                evaluated += set.Match(facts[i % facts.Length], _matches);
            }
        });
        Assert.Empty(_matches);
        Assert.True(evaluated > 100_000);
        Assert.Equal(0, allocated);
    }
}
