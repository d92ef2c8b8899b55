using ScenarioEdge.Campaigns.Compilation;
using ScenarioEdge.Campaigns.Content;
using ScenarioEdge.Campaigns.Decisions;
using ScenarioEdge.Campaigns.Limits;
using ScenarioEdge.Campaigns.Triggers;
using static ScenarioEdge.Campaigns.Tests.Support.Campaigns;

namespace ScenarioEdge.Campaigns.Tests.Decisions;

public sealed class ArbitrationRoundTests
{
    private static Candidate Candidate(string id, int priority, double value, int second = 0) => new(
        Compile(Minimal(id, "{kind: storeEntered}", extra: $"priority: {priority}\nofferValue: {value}")),
        Fact(TriggerKind.StoreEntered, Noon.AddSeconds(second)), Channels.AppPush, Noon.AddSeconds(second));

    private static (string Winner, List<DecisionRecord> Records, ShopperLimitState State) Resolve(params Candidate[] candidates)
    {
        var round = new ArbitrationRound(Noon, TimeSpan.FromSeconds(2));
        foreach (var c in candidates)
        {
            round.Add(c);
        }

        var state = new ShopperLimitState("s-1");
        var records = new List<DecisionRecord>();
        var winner = round.Resolve(state, Noon.AddSeconds(2), records);
        return (winner!.Campaign.Id, records, state);
    }

    [Fact]
    public void Resolve_HigherPriorityWins_OthersLostArbitrationNamingTheWinner()
    {
        var (winner, records, state) = Resolve(Candidate("a", 1, 9), Candidate("b", 5, 1), Candidate("c", 3, 3));

        Assert.Equal("b", winner);
        Assert.Equal("b", Assert.Single(state.Sent).Campaign);
        Assert.Equal(3, records.Count);
        Assert.All(records.Where(r => r.Campaign != "b"), r => Assert.Equal((DecisionReason.LostArbitration, "won by b"), (r.Reason, r.Detail)));
    }

    [Fact]
    public void Resolve_EqualPriority_HigherOfferValueWins()
    {
        Assert.Equal("higher-value", Resolve(Candidate("lower-value", 2, 1.0), Candidate("higher-value", 2, 1.5)).Winner);
    }

    [Fact]
    public void Resolve_FullTie_EarlierTriggerThenIdWins_WhateverTheOrderAdded()
    {
        Assert.Equal("later-id", Resolve(Candidate("a-id", 2, 1, 1), Candidate("later-id", 2, 1, 0)).Winner);
        Assert.Equal("a", Resolve(Candidate("b", 2, 1), Candidate("a", 2, 1)).Winner);
        Assert.Equal("a", Resolve(Candidate("a", 2, 1), Candidate("b", 2, 1)).Winner);
    }

    [Fact]
    public void Holds_EventTimeWithinTheWindowOfTheMoment_WhateverTheOrder()
    {
        // Opened long after its moment (a late path): membership is by event time, not by when the host asks.
        var round = new ArbitrationRound(Noon.AddMinutes(5), TimeSpan.FromSeconds(2), moment: Noon);

        Assert.True(round.Holds(Noon));
        Assert.True(round.Holds(Noon.AddSeconds(2)));
        Assert.True(round.Holds(Noon.AddSeconds(-2)));
        Assert.False(round.Holds(Noon.AddSeconds(2.001)));
        Assert.False(round.Holds(Noon.AddSeconds(-6)));
        Assert.False(round.Holds(Noon.AddMinutes(5)));
        // Released deferrals of several moments share one round: without a moment every trigger joins.
        Assert.True(new ArbitrationRound(Noon, TimeSpan.FromSeconds(2)).Holds(Noon.AddHours(3)));
    }

    [Fact]
    public void Resolve_Empty_NoWinnerNoRecords()
    {
        var records = new List<DecisionRecord>();

        Assert.Null(new ArbitrationRound(Noon, TimeSpan.Zero).Resolve(new ShopperLimitState("s"), Noon, records));
        Assert.Empty(records);
    }
}
