using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ScenarioEdge.Campaigns.Compilation;
using ScenarioEdge.Campaigns.Decisions;
using ScenarioEdge.Campaigns.Limits;
using ScenarioEdge.Campaigns.Loading;
using ScenarioEdge.Campaigns.Triggers;
using ScenarioEdge.Experiments.Assignment;
using ScenarioEdge.Gateway.Identity;
using ScenarioEdge.Gateway.Campaigns;
using ScenarioEdge.Gateway.Campaigns.Management;
using ScenarioEdge.Gateway.Coupons;
using ScenarioEdge.Gateway.Delivery;
using ScenarioEdge.Gateway.Experiments;
using ScenarioEdge.Gateway.Observability;
using ScenarioEdge.Gateway.Shelves;
using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Benchmarks.Campaigns;

/// <summary>
/// The cost of a decision that sends, through the gateway's own runtime types, as the campaign worker runs it: the
/// shopper's limits (<see cref="ShopperLimits"/>, in memory after the first read), the decision with caps and
/// cooldown checks, the decision log record and its /metrics count (<see cref="DecisionLog"/>), the message composed
/// (<see cref="CampaignMessageComposer"/>), the hand-off to the app push channel (<see cref="AppPushChannel"/> into
/// the <see cref="PushQueue"/>), and the batch taken for the writer (the shopper's limits serialised). The LiteDB
/// write itself runs beside the worker and is measured by <c>campaign-load</c>.
/// With <see cref="Experiments"/> on, the campaign has two variants and a 10% holdout and the gateway a 5% global
/// control group, and the decision goes through the gateway's <see cref="ExposureLog"/> (the unit's arm: fixed-arm
/// lookup, control hash; every record handed to the exposure log; the send stamped on the journey). The shopper is in
/// a variant, outside the control group and exposed before (a returning shopper: the journey exists, the send is a
/// stage); the journey write runs beside the worker.
/// </summary>
[MemoryDiagnoser]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "BenchmarkDotNet needs an unsealed class and disposes through [GlobalCleanup]")]
public class CampaignSendBenchmarks
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 2, 10, 0, 0, TimeSpan.Zero);
    private readonly TriggerDecider _decider = new();
    private readonly List<DecisionRecord> _records = new(8);
    private readonly GatewayMetrics _metrics = new();
    private string _directory = "";
    private GatewayDatabase _database = null!;
    private ShopperLimits _limits = null!;
    private DecisionLog _log = null!;
    private CampaignMessageComposer _composer = null!;
    private PushQueue _queue = null!;
    private AppPushChannel _push = null!;
    private ExposureLog? _exposures;
    private JourneyBook? _book;
    private CampaignSet _set = CampaignSet.Empty;
    private StorePolicy _policy = null!;
    private const long MaxDays = 1_000_000;
    private readonly string[] _visits = [.. Enumerable.Range(0, 1000).Select(i => $"v{i}")];
    private long _day;

    /// <summary>Off: the campaign engine as issue 17 left it; on: with an experiment and the exposure log.</summary>
    [Params(false, true)]
    public bool Experiments { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _directory = Directory.CreateTempSubdirectory("se-bench-").FullName;
        _database = new GatewayDatabase(Path.Combine(_directory, "bench.db"));
        _limits = new ShopperLimits(_database, TimeProvider.System);
        _log = new DecisionLog(_metrics);
        _composer = new CampaignMessageComposer(new IdentityDirectory(_database), new OfferCatalogue(_database, new FixedOptions<ShelfOptions>(new ShelfOptions())));
        _queue = new PushQueue(_metrics, new RefusalLog(TimeProvider.System, NullLogger<RefusalLog>.Instance));
        _push = new AppPushChannel(_queue);
        var catalog = new BenchCatalog();
        _policy = new StorePolicy("store-3", catalog.TimeZoneOf("store-3")!) { Caps = [new CapRule("store-daily", CapScope.AllCampaigns, 5, null)] };
        if (!Experiments)
        {
            var loaded = CampaignLoader.FromYaml(Welcome, catalog);
            _set = CampaignSet.Build([CampaignCompiler.Compile(loaded.Document ?? throw new InvalidOperationException(string.Join("; ", loaded.Problems)), catalog)], catalog);
        }
        else
        {
            SetUpExperiment(catalog);
        }

        if (!DecideAndHandOff())
        {
            throw new InvalidOperationException("the sending decision sent nothing");
        }

        _book?.Flush();
    }

    private void SetUpExperiment(BenchCatalog catalog)
    {
        var arms = new[] { new Arm("a", 45), new Arm("b", 45), new Arm("holdout", 10, Holdout: true) };
        var salt = Enumerable.Range(0, 1000).Select(i => $"salt-{i}").First(s => Assigner.Assign(s, "s", arms).Name == "a");
        var controlSalt = Enumerable.Range(0, 1000).Select(i => $"control-{i}").First(s => Bucket.Of(s, "s") >= 0.05);
        var loaded = CampaignLoader.FromYaml(Welcome + Experiment.Replace("SALT", salt, StringComparison.Ordinal), catalog);
        var compiled = CampaignCompiler.Compile(loaded.Document ?? throw new InvalidOperationException(string.Join("; ", loaded.Problems)), catalog);
        var active = new ActiveCampaigns(catalog);
        _set = active.Activate(compiled);
        var options = Options.Create(new ExperimentOptions { GlobalControlPercent = 5, GlobalControlSalt = controlSalt });
        var shelves = new FixedOptions<ShelfOptions>(new ShelfOptions());
        var policies = new StorePolicies(new CampaignCatalog(_database, new ProvisioningChanges(), shelves), Options.Create(new CampaignOptions()));
        _book = new JourneyBook(_database, _metrics, NullLogger<JourneyBook>.Instance);
        _exposures = new ExposureLog(new ArmAssignments(_database, options), _book, new ExperimentUnits(_composer, options), active, policies, new CouponDefinitions(_database));
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _database?.Dispose();
        _metrics.Dispose();
        if (_directory.Length > 0)
        {
            Directory.Delete(_directory, recursive: true);
            _directory = "";
        }
    }

    /// <summary>One shopper enters the store a day later each time, a new visit (a send every time; history older than two days pruned).</summary>
    [Benchmark]
    public bool DecideAndHandOff()
    {
        if (_day == MaxDays)
        {
            // Back to the start of time with a clean history (a run takes millions of invocations).
            _day = 0;
            _limits.Forget("s");
        }

        var now = T0.AddDays(_day);
        var visit = _visits[_day++ % _visits.Length];
        var state = _limits.Get("s");
        state.Limits.Prune(now.AddDays(-2));
        var fact = TriggerFact.Create(TriggerKind.StoreEntered, now, "s", "store-3") with
        {
            Zone = "z0", Confidence = 0.9, Consents = Consents.Offers | Consents.Presence, Visit = visit,
        };
        _records.Clear();
        var round = new ArbitrationRound(now, TimeSpan.Zero);
        _decider.Decide(fact, _set, state.Limits, _policy, now, round, _records, [], _exposures);
        var winner = round.Resolve(state.Limits, now, _records);
        foreach (var record in _records)
        {
            _log.Add(record, keepShopper: true);
            _exposures?.Decided(record, fact);
        }

        _limits.Changed("s");
        var sent = false;
        if (winner is not null)
        {
            // The channel only queues: its ValueTask has completed when it returns.
            var handOff = _push.DeliverAsync(_composer.Compose(winner.Campaign, winner.Fact, 0), CancellationToken.None);
            sent = handOff.IsCompletedSuccessfully && handOff.Result;
        }

        _queue.Reader.TryRead(out _);
        var batch = new CampaignWriteBatch();
        _limits.TakeChanges(now, batch);
        _log.TakeChanges(batch);
        if (_book is not null && _day % 4096 == 0)
        {
            // The journey writer's share, off the measured path in the gateway: keep the pending stamps bounded.
            _book.Flush();
        }

        return sent;
    }

    private const string Welcome = """
        id: welcome
        version: 1
        name: welcome
        stores: [store-3]
        trigger: {kind: storeEntered}
        content:
          appPush: {title: 'Welcome to {store}', body: 'Offers at {store} today', deepLink: 'app://offers'}
        limits:
          caps: [{count: 1, per: calendarDay}]
          cooldown: 30m
          maxPerVisit: 1

        """;

    private const string Experiment = """
        experiment:
          salt: SALT
          holdoutPercent: 10
          variants:
            - {name: a, weight: 1}
            - {name: b, weight: 1, content: {appPush: {title: 'B at {store}', body: 'B offers', deepLink: 'app://b'}}}
        """;
}
