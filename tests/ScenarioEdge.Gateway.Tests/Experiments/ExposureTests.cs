using ScenarioEdge.Experiments.Funnel;
using ScenarioEdge.Gateway.Tests.Campaigns;
using ScenarioEdge.Gateway.Tests.Infrastructure;
using static ScenarioEdge.Gateway.Tests.Experiments.ExperimentRig;

namespace ScenarioEdge.Gateway.Tests.Experiments;

/// <summary>
/// Exposure at the moment of decision, for every arm, through the hosted engine (real MQTT, real LiteDB): the holdout
/// and the global control are logged and exposed but never sent; a decision stopped by a cap or by arbitration still
/// exposes (intent to treat); one journey per shopper and campaign however many triggers.
/// </summary>
public sealed class ExposureTests
{
    [Fact]
    public async Task Holdout_NeverReceivesAPush_ButIsLoggedAndExposed()
    {
        var (data, probe) = await ProbeAsync();
        var salt = SaltPlacing(probe, ArmNames.Holdout, ("a", 50), (ArmNames.Holdout, 50));
        var folder = Folder(("x-hold.yaml", Campaign("x-hold", $"experiment: {{salt: {salt}, holdoutPercent: 50, variants: [{{name: a, weight: 1}}]}}")));
        await using var gateway = await StartAsync(folder, data: data, campaigns: "x-hold");
        var alice = probe;
        var t = TimeProvider.System.GetUtcNow().AddSeconds(-30);
        var player = new ScenePlayer(gateway, alice, "store-w");

        player.Enter("entrance", t);
        player.MoveTo("aisle", t.AddSeconds(1));
        var held = await DecisionApi.WaitForAsync(gateway, alice, "x-hold", "suppressed");

        Assert.Equal(("holdout", "holdout"), (held.Text("reason"), held.Text("arm")));
        var journey = Assert.Single(gateway.Journeys("x-hold"));
        Assert.Equal((alice, ArmNames.Holdout, "store-w", "holdout"), (journey.Unit, journey.Arm, journey.Store, journey.Outcome));
        Assert.Equal(t.AddSeconds(1), journey.ExposedAt, TimeSpan.FromMilliseconds(1));
        Assert.Null(journey.SentAt);
        Assert.Equal(0, gateway.Database.Pushes.Count());
        gateway.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task GlobalControl_ShopperInIt_GetsNoCampaignOfAnyKindAndIsExposedToEach()
    {
        var (data, probe) = await ProbeAsync();
        var folder = Folder(
            ("x-one.yaml", Campaign("x-one", zone: "entrance")),
            ("x-two.yaml", Campaign("x-two", "experiment: {variants: [{name: a, weight: 1}, {name: b, weight: 1}]}")),
            ("c-aisle.yaml", await File.ReadAllTextAsync(Path.Combine(GatewayFixture.CampaignsPath("coupons"), "c-aisle.yaml"))));
        var settings = new Dictionary<string, string?>
        {
            ["Gateway:Experiments:GlobalControlPercent"] = "50",
            ["Gateway:Experiments:GlobalControlSalt"] = ControlSalt(probe, 0.5, inside: true),
        };
        await using var gateway = await StartAsync(folder, settings, data, campaigns: ["x-one", "x-two", "c-aisle"]);
        var alice = probe;
        var t = TimeProvider.System.GetUtcNow().AddSeconds(-30);
        var player = new ScenePlayer(gateway, alice, "store-w");

        player.Enter("entrance", t);
        player.MoveTo("aisle", t.AddSeconds(1));
        await DecisionApi.WaitForAsync(gateway, alice, "x-one", "suppressed");
        await DecisionApi.WaitForAsync(gateway, alice, "x-two", "suppressed");
        await DecisionApi.WaitForAsync(gateway, alice, "c-aisle", "suppressed");

        var decisions = await DecisionApi.GetAsync(gateway, alice);
        Assert.All(decisions, d => Assert.Equal(("suppressed", "control", "control"), (d.Text("outcome"), d.Text("reason"), d.Text("arm"))));
        Assert.Equal(0, gateway.Database.Pushes.Count());
        Assert.Equal(0, gateway.Database.CouponIssues.Count());
        foreach (var campaign in new[] { "x-one", "x-two", "c-aisle" })
        {
            Assert.Equal(ArmNames.GlobalControl, Assert.Single(gateway.Journeys(campaign)).Arm);
        }

        gateway.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task CappedVariant_StillExposed_AndTheArbitrationLoserToo()
    {
        var folder = Folder(
            ("x-first.yaml", Campaign("x-first", zone: "entrance", priority: 50)),
            ("x-rival.yaml", Campaign("x-rival", zone: "entrance", priority: 1)),
            ("x-capped.yaml", Campaign("x-capped", """
                experiment: {variants: [{name: only, weight: 1}]}
                limits:
                  caps:
                    - { scope: allCampaigns, count: 1, per: 1h }
                """)));
        await using var gateway = await StartAsync(folder, campaigns: ["x-first", "x-rival", "x-capped"]);
        var alice = gateway.Shopper("alice");
        var t = TimeProvider.System.GetUtcNow().AddSeconds(-30);
        var player = new ScenePlayer(gateway, alice, "store-w");

        player.Enter("entrance", t);
        await DecisionApi.WaitForAsync(gateway, alice, "x-first", "sent");
        player.MoveTo("aisle", t.AddSeconds(1));
        var capped = await DecisionApi.WaitForAsync(gateway, alice, "x-capped", "suppressed");

        Assert.Equal(("cap", "only"), (capped.Text("reason"), capped.Text("arm")));
        var journey = Assert.Single(gateway.Journeys("x-capped"));
        Assert.Equal(("only", "cap"), (journey.Arm, journey.Outcome));
        Assert.Null(journey.SentAt);
        var lost = Assert.Single(gateway.Journeys("x-rival"));
        Assert.Equal((ArmNames.Default, "lostArbitration"), (lost.Arm, lost.Outcome));
        var sent = Assert.Single(gateway.Journeys("x-first"));
        Assert.Equal(("sent", "appPush"), (sent.Outcome, sent.Channel));
        Assert.NotNull(sent.SentAt);
        gateway.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task Exposure_ManyTriggersForOneShopper_OneJourneyAtTheFirst()
    {
        var folder = Folder(("x-many.yaml", Campaign("x-many", "experiment: {variants: [{name: a, weight: 1}, {name: b, weight: 1}]}")));
        await using var gateway = await StartAsync(folder, campaigns: "x-many");
        var alice = gateway.Shopper("alice");
        var t = TimeProvider.System.GetUtcNow().AddSeconds(-60);
        var player = new ScenePlayer(gateway, alice, "store-w");

        player.Enter("entrance", t);
        for (var i = 0; i < 6; i++)
        {
            player.MoveTo("aisle", t.AddSeconds(1 + (2 * i)));
            player.MoveTo("entrance", t.AddSeconds(2 + (2 * i)));
        }

        await Eventually.TrueAsync(async () => (await DecisionApi.GetAsync(gateway, alice, "?campaign=x-many")).Count == 6, "six decisions");
        var first = (await DecisionApi.GetAsync(gateway, alice, "?campaign=x-many")).MinBy(d => d.GetProperty("eventTime").GetDateTimeOffset());

        var journey = Assert.Single(gateway.Journeys("x-many"));
        Assert.Equal(t.AddSeconds(1), journey.ExposedAt, TimeSpan.FromMilliseconds(1));
        Assert.Equal(first.Text("outcome") == "sent" ? "sent" : first.Text("reason"), journey.Outcome);
        Assert.Equal(first.Text("arm"), journey.Arm);
        Assert.Equal(1, gateway.Metrics.Exposures);
        Assert.Single(gateway.Database.Assignments.FindAll());
        gateway.AssertNoErrorsLogged();
    }
}
