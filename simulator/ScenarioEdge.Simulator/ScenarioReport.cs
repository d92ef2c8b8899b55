using System.Globalization;
using ScenarioEdge.Simulation.Running;

namespace ScenarioEdge.Simulator;

/// <summary>The text a <c>run</c> prints: what was published and received, and each expectation's verdict.</summary>
internal static class ScenarioReport
{
    public static async Task PrintAsync(TextWriter output, ScenarioResult result)
    {
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Scenario {result.Scenario}: {result.ScenarioSeconds:0.0} s of scenario time, {result.MessagesPublished} batches published, {result.Pushes.Count} pushes received"));
        if (result.ShelfEvents.Count > 0 || result.DisplayContents.Count > 0)
        {
            await output.WriteLineAsync($"  {result.ShelfEvents.Count} shelf events published, {result.DisplayContents.Count} display contents received");
        }

        if (result.PushLatency is not null || result.DisplayLatency is not null)
        {
            await output.WriteLineAsync($"  latency from the triggering signal's event time, wall ms: {Describe("push", result.PushLatency)}; {Describe("display", result.DisplayLatency)}");
        }

        foreach (var e in result.Expectations)
        {
            await output.WriteLineAsync($"  {(e.Passed ? "PASS" : "FAIL")}  {e.Expectation}: {e.Detail}");
        }

        var failed = result.Expectations.Count(e => !e.Passed);
        await output.WriteLineAsync(failed == 0
            ? $"All {result.Expectations.Count} expectations held."
            : $"{failed} of {result.Expectations.Count} expectations failed.");
    }

    private static string Describe(string channel, LatencyStats? stats) => stats is null
        ? $"{channel} none"
        : string.Create(CultureInfo.InvariantCulture, $"{channel} n={stats.Count} p50 {stats.P50Ms:0} p95 {stats.P95Ms:0} max {stats.MaxMs:0}");
}
