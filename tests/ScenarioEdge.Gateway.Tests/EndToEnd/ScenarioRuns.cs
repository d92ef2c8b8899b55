using Microsoft.Extensions.Logging.Abstractions;
using ScenarioEdge.Gateway.Tests.Infrastructure;
using ScenarioEdge.Simulation.Running;
using ScenarioEdge.Simulation.Scenarios;
using ScenarioEdge.Simulator;

namespace ScenarioEdge.Gateway.Tests.EndToEnd;

/// <summary>
/// Plays a scenario of simulator/scenarios against a real gateway as <c>simulator run --gateway</c> does, on the clock
/// the scenario asks for (its <c>startLocal</c>), which the gateway shares: the test starts the gateway on
/// <see cref="ClockFor"/> and the simulator is given the same clock.
/// </summary>
internal static class ScenarioRuns
{
    /// <summary>
    /// The demo store's campaigns and coupons (docs/campaigns, docs/coupons, copied beside the tests): a campaign whose
    /// push issues a coupon is refused when its coupon is not defined.
    /// </summary>
    public static Dictionary<string, string?> DemoCampaigns(IDictionary<string, string?>? more = null)
    {
        var settings = new Dictionary<string, string?>(more ?? new Dictionary<string, string?>())
        {
            ["Gateway:Campaigns:Folder"] = Path.Combine(AppContext.BaseDirectory, "campaigns"),
            ["Gateway:Coupons:Folder"] = Path.Combine(AppContext.BaseDirectory, "coupons"),
        };
        return settings;
    }

    public static TimeProvider ClockFor(string scenario) =>
        ScenarioStartClock.For(ScenarioLoader.LoadFile(GatewayFixture.ScenarioPath(scenario)), TimeProvider.System);

    /// <summary>Runs the scenario and fails the test, with the simulator's report, unless every expectation held.</summary>
    public static async Task<string> PlayAsync(GatewayFixture gateway, string scenario, double speed, TimeProvider? time = null)
    {
        var output = new StringWriter();
        var exit = await SimulatorCli.RunAsync(
            gateway.SimulatorArgs(GatewayFixture.ScenarioPath(scenario), speed),
            output, NullLoggerFactory.Instance, time ?? TimeProvider.System, CancellationToken.None);
        if (exit != 0 || !output.ToString().Contains("expectations held.", StringComparison.Ordinal))
        {
            Assert.Fail($"{output}\n{await WhereTheTimeWentAsync(gateway)}");
        }

        return output.ToString();
    }

    // A failed expectation says what the gateway was doing: its last log lines and its queue and delivery figures
    // (a scenario that fails once in many full runs leaves nothing else to go on).
    internal static async Task<string> WhereTheTimeWentAsync(GatewayFixture gateway)
    {
        var logs = gateway.Logs.Entries.TakeLast(60).Select(e => $"  {e.Level} {e.Category}: {e.Message}");
        string metrics;
        try
        {
            var text = await gateway.Http.GetStringAsync("/metrics");
            metrics = string.Join("\n", text.Split('\n').Where(l => !l.StartsWith('#')
                && (l.Contains("queue", StringComparison.Ordinal) || l.Contains("pushes", StringComparison.Ordinal) || l.Contains("campaign_decisions", StringComparison.Ordinal)
                    || l.Contains("shelf", StringComparison.Ordinal) || l.Contains("dropped", StringComparison.Ordinal))).Select(l => "  " + l));
        }
        catch (HttpRequestException ex)
        {
            metrics = "  /metrics not read: " + ex.Message;
        }

        return $"--- the gateway's last log lines ---\n{string.Join("\n", logs)}\n--- its queue, push, decision and shelf figures ---\n{metrics}";
    }
}
