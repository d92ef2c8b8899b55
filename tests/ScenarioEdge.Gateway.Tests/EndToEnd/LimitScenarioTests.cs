using ScenarioEdge.Gateway.Tests.Infrastructure;

namespace ScenarioEdge.Gateway.Tests.EndToEnd;

/// <summary>
/// Each limit proved by a simulator scenario against a real gateway, the expectations reading the gateway's decision
/// log through its API: a cap names its rule, quiet hours defer then deliver or drop, a shopper who leaves before a
/// deferred offer goes out never gets it, two campaigns at once yield one message. Campaigns: TestCampaigns/scenario-limits.
/// </summary>
[Collection(SimulatedStoreRuns.Name)]
public sealed class LimitScenarioTests
{
    [Fact]
    public async Task Scenario_Cap_SecondOfferSuppressedAndTheDecisionNamesTheRule()
    {
        await using var gateway = await StartAsync();

        var output = await ScenarioRuns.PlayAsync(gateway, "limit-cap.yaml", 4);

        Assert.Contains("PASS  1 's-cap' push to ivy", output, StringComparison.Ordinal);
        Assert.Contains("PASS  's-cap' for ivy decided suppressed (cap: once-an-hour)", output, StringComparison.Ordinal);
        Assert.Single(gateway.Database.Pushes.Find(p => p.Campaign == "s-cap"));
        gateway.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task Scenario_TwoCampaignsAtOnce_OneMessageAndTheLoserNamesTheWinner()
    {
        await using var gateway = await StartAsync();

        var output = await ScenarioRuns.PlayAsync(gateway, "limit-arbitration.yaml", 4);

        Assert.Contains("PASS  's-second' for jon decided suppressed (lostArbitration: won by s-first)", output, StringComparison.Ordinal);
        Assert.Equal("s-first", Assert.Single(gateway.Database.Pushes.FindAll()).Campaign);
        gateway.AssertNoErrorsLogged();
    }

    [Fact]
    public async Task Scenario_QuietHours_DeferredThenDeliveredDroppedPolicySuppressedLeaverNeverSent()
    {
        var time = ScenarioRuns.ClockFor("limit-quiet-hours.yaml");
        await using var gateway = await StartAsync(time, new Dictionary<string, string?>
        {
            ["Gateway:Campaigns:Stores:store-quiet:QuietFrom"] = "06:00",
            ["Gateway:Campaigns:Stores:store-quiet:QuietTo"] = "07:00",
        });

        var output = await ScenarioRuns.PlayAsync(gateway, "limit-quiet-hours.yaml", 3, time);

        Assert.Contains("PASS  's-defer' for kai decided deferred", output, StringComparison.Ordinal);
        Assert.Contains("PASS  1 's-defer' push to kai", output, StringComparison.Ordinal);
        Assert.Contains("PASS  's-drop' for kai decided suppressed (quietHours)", output, StringComparison.Ordinal);
        Assert.Contains("PASS  's-defer' for lea decided dropped (contextEnded)", output, StringComparison.Ordinal);
        Assert.Contains("PASS  no 's-defer' push to lea", output, StringComparison.Ordinal);
        gateway.AssertNoErrorsLogged();
    }

    private static Task<GatewayFixture> StartAsync(TimeProvider? time = null, IDictionary<string, string?>? more = null)
    {
        var settings = new Dictionary<string, string?>(more ?? new Dictionary<string, string?>())
        {
            ["Gateway:Campaigns:Folder"] = GatewayFixture.CampaignsPath("scenario-limits"),
        };
        return GatewayFixture.StartAsync(settings: settings, time: time);
    }
}
