using ScenarioEdge.Campaigns.Compilation;
using ScenarioEdge.Campaigns.Decisions;
using ScenarioEdge.Campaigns.Limits;
using ScenarioEdge.Campaigns.Loading;
using ScenarioEdge.Campaigns.Tests.Support;
using ScenarioEdge.Campaigns.Triggers;
using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.Campaigns.Tests.Documents;

/// <summary>The example campaigns in docs/campaigns (the demo store's) load, and each fires on the shopper it is for.</summary>
public sealed class ExampleCampaignsTests
{
    // Wednesday 2 December 2026, 08:00 in Berlin.
    private static readonly DateTimeOffset Morning = new(2026, 12, 2, 7, 0, 0, TimeSpan.Zero);

    private static readonly TestCatalog DemoStore = new TestCatalog()
        .Store("demo-store", "Europe/Berlin", zones: ["entrance", "drinks", "bakery", "checkout"], shelves: ["drinks-shelf"],
            displays: ["drinks-display", "door-display"])
        .Products("sports-500", "cola-330")
        // The demo's coupon definitions, docs/coupons/{id}.yaml.
        .Coupons([.. Directory.GetFiles(Path.Combine(CampaignSchemaTests.RepositoryRoot(), "docs", "coupons"), "*.yaml").Select(Path.GetFileNameWithoutExtension).OfType<string>()]);

    public static TheoryData<string> Files() => [.. Names()];

    private static IEnumerable<string> Names() =>
        Directory.GetFiles(Path.Combine(CampaignSchemaTests.RepositoryRoot(), "docs", "campaigns"), "*.yaml").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(Files))]
    public void FromYaml_Example_ValidAndCompiles(string file)
    {
        var result = CampaignLoader.FromYaml(File.ReadAllText(Path.Combine(CampaignSchemaTests.RepositoryRoot(), "docs", "campaigns", file)), DemoStore);

        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        CampaignCompiler.Compile(result.Document!, DemoStore);
    }

    [Fact]
    public void Decide_DemoShoppers_EachExampleSendsToItsShopper()
    {
        var set = CampaignSet.Build(Names().Select(Load), DemoStore);
        var policy = new StorePolicy("demo-store", DemoStore.TimeZoneOf("demo-store")!);
        var all = Consents.Presence | Consents.Offers | Consents.Activity;
        TriggerFact F(TriggerKind kind) => TriggerFact.Create(kind, Morning, "s", "demo-store") with { Consents = all, Visit = "v", Confidence = 0.9, DistanceToStoreM = 100 };

        var expectations = new (TriggerFact Fact, string Campaign)[]
        {
            (F(TriggerKind.StoreEntered), "welcome"),
            (F(TriggerKind.SceneEntered) with { Scene = SceneState.Exercising, HeartRateReserve = 70 }, "exercise-sports-drink"),
            (F(TriggerKind.TimeWindow) with { Scene = SceneState.Commuting }, "commuter-breakfast"),
            (F(TriggerKind.SceneEntered) with { Scene = SceneState.Resting, EventTime = Morning.AddHours(7) }, "resting-coffee"),
            (F(TriggerKind.DwellShelf) with { Zone = "drinks", Shelf = "drinks-shelf", DwellS = 9 }, "shelf-dwell-drinks"),
            (F(TriggerKind.PickAndPutBack) with { Zone = "drinks", Shelf = "drinks-shelf", Product = "sports-500" }, "pick-put-back"),
            (F(TriggerKind.Alert) with { AlertKind = "weather", AlertSeverity = AlertSeverity.Severe, AlertText = "storm from 16:00" }, "weather-umbrella"),
        };
        foreach (var (fact, campaign) in expectations)
        {
            var records = new List<DecisionRecord>();
            var round = new ArbitrationRound(fact.EventTime, TimeSpan.Zero);
            new TriggerDecider().Decide(fact, set, new ShopperLimitState("s"), policy, fact.EventTime, round, records, []);
            var winner = round.Resolve(new ShopperLimitState("s"), fact.EventTime, records);

            Assert.Equal(campaign, winner?.Campaign.Id);
            Assert.DoesNotContain('{', winner!.Campaign.Content.Push!.Body.Render(fact));
        }
    }

    private static CompiledCampaign Load(string file) => CampaignCompiler.Compile(
        CampaignLoader.FromYaml(File.ReadAllText(Path.Combine(CampaignSchemaTests.RepositoryRoot(), "docs", "campaigns", file)), DemoStore).Document!, DemoStore);
}
