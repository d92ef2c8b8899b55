using ScenarioEdge.Campaigns.Compilation;
using ScenarioEdge.Campaigns.Decisions;
using ScenarioEdge.Campaigns.Limits;
using ScenarioEdge.Campaigns.Triggers;

namespace ScenarioEdge.Campaigns.Tests.Support;

/// <summary>The engine as a host would drive it for one shopper: decide a trigger, resolve the round at once.</summary>
internal sealed class Engine
{
    private readonly TriggerDecider _decider = new();

    public Engine(params CompiledCampaign[] campaigns)
    {
        Set = CampaignSet.Build(campaigns, TestCatalog.Demo());
        Policy = new StorePolicy("store-1", TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"));
    }

    public CampaignSet Set { get; }

    public StorePolicy Policy { get; set; }

    public ShopperLimitState State { get; } = new("s-1");

    public List<DecisionRecord> Records { get; } = [];

    public List<DeferredDecision> Deferred { get; } = [];

    /// <summary>Decides one trigger at <paramref name="now"/> (default: its event time) and returns its records.</summary>
    public List<DecisionRecord> Decide(TriggerFact fact, DateTimeOffset? now = null, TimeSpan window = default)
    {
        var at = now ?? fact.EventTime;
        var round = new ArbitrationRound(at, window);
        var first = Records.Count;
        _decider.Decide(fact, Set, State, Policy, at, round, Records, Deferred);
        round.Resolve(State, at, Records);
        return Records[first..];
    }

    public DecisionRecord Single(TriggerFact fact, DateTimeOffset? now = null) => Assert.Single(Decide(fact, now));
}
