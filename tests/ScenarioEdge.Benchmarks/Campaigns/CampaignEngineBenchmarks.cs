using System.Globalization;
using BenchmarkDotNet.Attributes;
using ScenarioEdge.Campaigns.Compilation;
using ScenarioEdge.Campaigns.Decisions;
using ScenarioEdge.Campaigns.Limits;
using ScenarioEdge.Campaigns.Loading;
using ScenarioEdge.Campaigns.Triggers;
using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.Benchmarks.Campaigns;

/// <summary>
/// The campaign engine with 1,000 active campaigns over 50 stores (20 per store of mixed kinds, plus 10 scene
/// campaigns for every store). One operation = one trigger:
/// <see cref="MatchMixed"/> a stream of realistic triggers (some match), <see cref="MatchNothing"/> triggers that
/// reach campaigns but match none (must allocate 0 B), <see cref="DecideAndSend"/> a full decision that sends: match,
/// consent/audience/schedule/cooldown/caps checks against the shopper's history, arbitration, commit to the limit
/// state and the decision record (delivery itself is the host's).
/// </summary>
[MemoryDiagnoser]
public class CampaignEngineBenchmarks
{
    private const int Batch = 4096;
    private static readonly DateTimeOffset T0 = new(2026, 12, 2, 10, 0, 0, TimeSpan.Zero);
    private static readonly TriggerKind[] Kinds = [TriggerKind.StoreEntered, TriggerKind.ZoneEntered, TriggerKind.DwellZone, TriggerKind.DwellShelf, TriggerKind.ShelfPick, TriggerKind.PickAndPutBack];
    private readonly List<CompiledCampaign> _matches = new(64);
    private readonly List<DecisionRecord> _records = new(64);
    private readonly TriggerDecider _decider = new();
    private CampaignSet _set = CampaignSet.Empty;
    private TriggerFact[] _mixed = [];
    private TriggerFact[] _nothing = [];
    private readonly ShopperLimitState _shopper = new("s");
    private StorePolicy _policy = null!;
    private long _day;

    [GlobalSetup]
    public void Setup()
    {
        var catalog = new BenchCatalog();
        var campaigns = new List<CompiledCampaign>();
        for (var i = 0; i < 990; i++)
        {
            campaigns.Add(Compile(Store(i), catalog));
        }

        for (var i = 0; i < 10; i++)
        {
            campaigns.Add(Compile(Scene(i), catalog));
        }

        _set = CampaignSet.Build(campaigns, catalog);
        var random = new Random(7);
        _mixed = [.. Enumerable.Range(0, Batch).Select(_ => RandomFact(random, dwell: random.Next(0, 40)))];
        // Same kinds, stores, zones and shelves, but below every dwell and confidence threshold: campaigns run, none match.
        _nothing = [.. Enumerable.Range(0, Batch).Select(_ => RandomFact(random, dwell: 1) with { Confidence = 0.1, Kind = TriggerKind.DwellShelf })];
        _policy = new StorePolicy("store-3", catalog.TimeZoneOf("store-3")!) { Caps = [new CapRule("store-daily", CapScope.AllCampaigns, 5, null), new CapRule("burst", CapScope.AllCampaigns, 2, TimeSpan.FromHours(1))] };

        long evaluated = 0, matched = 0;
        foreach (var f in _mixed)
        {
            _matches.Clear();
            evaluated += _set.Match(f, _matches);
            matched += _matches.Count;
        }

        long nothingEvaluated = 0;
        foreach (var f in _nothing)
        {
            _matches.Clear();
            nothingEvaluated += _set.Match(f, _matches);
            matched += _matches.Count * 1_000_000;
        }

        var winner = DecideAndSend() ?? throw new InvalidOperationException("the sending decision sent nothing");
        Console.WriteLine($"// DecideAndSend: {_records.Count} records, winner {winner.Campaign.Id}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"// {campaigns.Count} campaigns; mixed: {evaluated / (double)Batch:0.0} campaigns evaluated and {matched % 1_000_000 / (double)Batch:0.00} matched per trigger; nothing: {nothingEvaluated / (double)Batch:0.0} evaluated, {matched / 1_000_000} matched"));
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public int MatchMixed()
    {
        var n = 0;
        foreach (ref readonly var f in _mixed.AsSpan())
        {
            _matches.Clear();
            n += _set.Match(f, _matches);
        }

        return n;
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public int MatchNothing()
    {
        var n = 0;
        foreach (ref readonly var f in _nothing.AsSpan())
        {
            n += _set.Match(f, _matches);
        }

        return n;
    }

    /// <summary>One shopper at the shelf of three campaigns (c3, c303, c603, c903), one day later each time (the host prunes history older than two days).</summary>
    [Benchmark]
    public Candidate? DecideAndSend()
    {
        var now = T0.AddDays(_day++);
        _shopper.Prune(now.AddDays(-2));
        var fact = TriggerFact.Create(TriggerKind.DwellShelf, now, "s", "store-3") with
        {
            Zone = "z0", Shelf = "sh3", DwellS = 30, Confidence = 0.9, Consents = Consents.Offers | Consents.Presence, Visit = "v",
        };
        _records.Clear();
        var round = new ArbitrationRound(now, TimeSpan.Zero);
        _decider.Decide(fact, _set, _shopper, _policy, now, round, _records, []);
        return round.Resolve(_shopper, now, _records);
    }

    private static TriggerFact RandomFact(Random random, int dwell)
    {
        var kind = Kinds[random.Next(Kinds.Length)];
        return TriggerFact.Create(kind, T0.AddMinutes(random.Next(0, 600)), $"s-{random.Next(1000)}", $"store-{random.Next(BenchCatalog.StoreCount)}") with
        {
            Zone = $"z{random.Next(10)}",
            Shelf = $"sh{random.Next(20)}",
            Product = $"p{random.Next(100)}",
            DwellS = dwell,
            Confidence = random.NextDouble(),
            Consents = Consents.Offers | Consents.Presence,
            Scene = SceneState.InStore,
            Visit = "v",
        };
    }

    private static CompiledCampaign Compile(string yaml, BenchCatalog catalog)
    {
        var result = CampaignLoader.FromYaml(yaml, catalog);
        return result.IsValid ? CampaignCompiler.Compile(result.Document!, catalog) : throw new InvalidOperationException(string.Join("; ", result.Problems));
    }

    /// <summary>Campaign i of a store: kinds in turn, on one of its shelves or zones, with dwell/confidence/time conditions.</summary>
    private static string Store(int i)
    {
        var kind = Kinds[i % Kinds.Length];
        var conditions = kind switch
        {
            TriggerKind.StoreEntered => "[{minConfidence: 0.5, timeOfDay: {from: '08:00', to: '20:00'}}]",
            TriggerKind.ZoneEntered => $"[{{zones: [z{i % 10}], minConfidence: 0.5}}]",
            TriggerKind.DwellZone => $"[{{zones: [z{i % 10}, z{(i + 3) % 10}], minDwellS: {5 + (i % 20)}}}]",
            TriggerKind.DwellShelf => $"[{{shelves: [sh{i % 20}], minDwellS: {5 + (i % 20)}, minConfidence: 0.4}}]",
            _ => $"[{{shelves: [sh{i % 20}], products: [p{i % 100}, p{(i + 1) % 100}]}}]",
        };
        return $$"""
            id: c{{i}}
            version: 1
            name: campaign {{i}}
            stores: [store-{{i % BenchCatalog.StoreCount}}]
            trigger: {kind: {{char.ToLowerInvariant(kind.ToString()[0]) + kind.ToString()[1..]}}}
            conditions: {{conditions}}
            content:
              appPush: {title: Offer {{i}}, body: 'An offer at {store}', deepLink: 'app://offers/c{{i}}'}
            limits:
              caps: [{count: 1, per: calendarDay}]
              cooldown: 30m
            priority: {{i % 7}}
            offerValue: {{i % 5}}
            """;
    }

    private static string Scene(int i) => $$"""
        id: scene{{i}}
        version: 1
        name: scene {{i}}
        stores: ["*"]
        trigger: {kind: sceneEntered, scene: {{(i % 2 == 0 ? "exercising" : "resting")}}}
        conditions: [{maxDistanceM: {{200 + (i * 50)}}, minConfidence: 0.6}]
        content:
          appPush: {title: Offer, body: 'Near {store}', deepLink: 'app://offers/scene'}
        """;
}
