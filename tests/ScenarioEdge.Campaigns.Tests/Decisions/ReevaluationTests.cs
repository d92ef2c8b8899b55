using ScenarioEdge.Campaigns.Compilation;
using ScenarioEdge.Campaigns.Decisions;
using ScenarioEdge.Campaigns.Triggers;
using ScenarioEdge.Protocol.Messages;
using static ScenarioEdge.Campaigns.Tests.Support.Campaigns;

namespace ScenarioEdge.Campaigns.Tests.Decisions;

/// <summary>
/// The core's part of a second look on late facts: the index says which triggers a live fact could change, and a
/// re-evaluated trigger decides only the campaigns it names, marked as such.
/// </summary>
public sealed class ReevaluationTests
{
    private static readonly Support.TestCatalog Catalog = Support.TestCatalog.Demo();

    [Theory]
    [InlineData("[{heartRateReserve: {min: 50}}]", true)]
    [InlineData("[{cadence: {min: 120}}]", true)]
    [InlineData("[{maxDistanceM: 300}]", true)]
    [InlineData("[{anyOf: [{minConfidence: 0.5}, {maxDistanceM: 300}]}]", true)]
    [InlineData("[{minConfidence: 0.5}]", false)]
    [InlineData("[]", false)]
    public void ReadsLiveFacts_OnlyWhereACampaignHasALiveCondition(string conditions, bool reads)
    {
        var set = CampaignSet.Build([Compile(Minimal("c", "{kind: sceneEntered, scene: exercising}", conditions), Catalog)], Catalog);
        var fact = Fact(TriggerKind.SceneEntered) with { Scene = SceneState.Exercising };

        Assert.Equal(reads, set.ReadsLiveFacts(fact));
        Assert.False(set.ReadsLiveFacts(fact with { Scene = SceneState.Resting }));
    }

    [Fact]
    public void Decide_Reevaluating_DecidesOnlyTheNamedCampaignsMarkedReevaluated()
    {
        var engine = new Support.Engine(
            Compile(Minimal("plain", "{kind: sceneEntered, scene: exercising}"), Catalog),
            Compile(Minimal("live", "{kind: sceneEntered, scene: exercising}", "[{maxDistanceM: 300}]"), Catalog));
        var fact = Fact(TriggerKind.SceneEntered) with { Scene = SceneState.Exercising, DistanceToStoreM = 100 };

        var first = engine.Decide(fact with { DistanceToStoreM = double.NaN });
        var again = engine.Decide(fact with { Reevaluating = ["live"] });

        Assert.Equal(("plain", false), (Assert.Single(first).Campaign, first[0].Reevaluated));
        var record = Assert.Single(again);
        Assert.Equal(("live", OutcomeKind.Sent, true), (record.Campaign, record.Outcome, record.Reevaluated));
    }
}
