using ScenarioEdge.Campaigns.Compilation;
using ScenarioEdge.Campaigns.Decisions;
using ScenarioEdge.Campaigns.Tests.Support;
using ScenarioEdge.Campaigns.Triggers;
using ScenarioEdge.Experiments.Funnel;
using static ScenarioEdge.Campaigns.Tests.Support.Campaigns;

namespace ScenarioEdge.Campaigns.Tests.Compilation;

public sealed class ArmCompilerTests
{
    private const string Experiment = """
        experiment:
          holdoutPercent: 10
          variants:
            - { name: a, weight: 1 }
            - { name: b, weight: 2, content: { appPush: { title: "B title", body: "B body", deepLink: "app://b" } } }
        """;

    [Fact]
    public void Compile_NoExperiment_OneDefaultArmSaltedWithTheId()
    {
        var c = Compile(Minimal("plain", "{kind: storeEntered}"));

        var arm = Assert.Single(c.Experiment.Arms);
        Assert.Equal(ArmNames.Default, arm.Name);
        Assert.Equal(100, arm.Assignment.Weight);
        Assert.Same(c, arm.Campaign);
        Assert.Equal("plain", c.Experiment.Salt);
        Assert.False(c.Experiment.Declared);
    }

    [Fact]
    public void Compile_Experiment_VariantsShareWhatTheHoldoutLeaves()
    {
        var c = Compile(Minimal("exp", "{kind: storeEntered}", extra: Experiment));

        Assert.Equal(["a", "b", ArmNames.Holdout], c.Experiment.Arms.Select(a => a.Name));
        Assert.Equal([30, 60, 10], c.Experiment.Arms.Select(a => Math.Round(a.Assignment.Weight, 9)));
        Assert.Equal([ArmKind.Variant, ArmKind.Variant, ArmKind.Holdout], c.Experiment.Arms.Select(a => a.Kind));
        Assert.Equal("exp", c.Experiment.Salt);
    }

    [Fact]
    public void Compile_VariantContent_ReplacesTheCampaignsForThatArmOnly()
    {
        var c = Compile(Minimal("exp", "{kind: storeEntered}", extra: Experiment));
        var fact = Fact(TriggerKind.StoreEntered);

        var a = c.Experiment.Find("a")!.Campaign;
        var b = c.Experiment.Find("b")!.Campaign;

        Assert.Equal("Hello", a.Content.Push!.Title.Render(fact));
        Assert.Equal("B title", b.Content.Push!.Title.Render(fact));
        Assert.Equal("app://b", b.Content.Push!.DeepLink.Render(fact));
        Assert.Equal(("exp", 1, "b"), (b.Id, b.Version, b.Arm));
        Assert.Same(c.Experiment, b.Experiment);
        Assert.Equal("Hello", c.Content.Push!.Title.Render(fact));
    }

    [Fact]
    public void Compile_SaltGiven_UsedForAssignment()
    {
        var c = Compile(Minimal("exp", "{kind: storeEntered}", extra: "experiment: {salt: winter, variants: [{name: a, weight: 1}, {name: b, weight: 1}]}"));

        Assert.Equal("winter", c.Experiment.Salt);
        Assert.Equal(ScenarioEdge.Experiments.Assignment.Assigner.Assign("winter", "s-9", c.Experiment.Assignment).Name, c.Experiment.Assign("s-9").Name);
    }

    [Fact]
    public void Decide_HoldoutShopper_RecordedAsHoldoutNeverACandidate()
    {
        var c = Compile(Minimal("exp", "{kind: storeEntered}", extra: "experiment: {holdoutPercent: 50, variants: [{name: a, weight: 1}]}"));
        var shopper = Enumerable.Range(0, 100).Select(i => $"s-{i}").First(s => c.Experiment.Assign(s).Kind == ArmKind.Holdout);
        var engine = new Engine(c);

        var record = engine.Single(Fact(TriggerKind.StoreEntered, shopper: shopper));

        Assert.Equal((OutcomeKind.Suppressed, DecisionReason.Holdout, ArmNames.Holdout), (record.Outcome, record.Reason, record.Arm));
        Assert.True(ExposureRule.Exposes(record.Outcome, record.Reason));
    }

    [Fact]
    public void Decide_VariantShopper_SentWithTheArmNamed()
    {
        var c = Compile(Minimal("exp", "{kind: storeEntered}", extra: "experiment: {holdoutPercent: 50, variants: [{name: a, weight: 1}]}"));
        var shopper = Enumerable.Range(0, 100).Select(i => $"s-{i}").First(s => c.Experiment.Assign(s).Kind == ArmKind.Variant);
        var engine = new Engine(c);

        var record = engine.Single(Fact(TriggerKind.StoreEntered, shopper: shopper));

        Assert.Equal((OutcomeKind.Sent, "a"), (record.Outcome, record.Arm));
    }

    [Theory]
    [InlineData(OutcomeKind.Suppressed, DecisionReason.NoConsent, false)]
    [InlineData(OutcomeKind.Suppressed, DecisionReason.Audience, false)]
    [InlineData(OutcomeKind.Suppressed, DecisionReason.Schedule, false)]
    [InlineData(OutcomeKind.Suppressed, DecisionReason.Expired, false)]
    [InlineData(OutcomeKind.Suppressed, DecisionReason.Duplicate, false)]
    [InlineData(OutcomeKind.Suppressed, DecisionReason.Cap, true)]
    [InlineData(OutcomeKind.Suppressed, DecisionReason.QuietHours, true)]
    [InlineData(OutcomeKind.Suppressed, DecisionReason.LostArbitration, true)]
    [InlineData(OutcomeKind.Suppressed, DecisionReason.Cooldown, true)]
    [InlineData(OutcomeKind.Suppressed, DecisionReason.Budget, true)]
    [InlineData(OutcomeKind.Deferred, DecisionReason.QuietHours, true)]
    [InlineData(OutcomeKind.Dropped, DecisionReason.ContextEnded, true)]
    [InlineData(OutcomeKind.Sent, DecisionReason.None, true)]
    public void Exposes_IntentToTreat(OutcomeKind kind, DecisionReason reason, bool exposes) =>
        Assert.Equal(exposes, ExposureRule.Exposes(kind, reason));
}
