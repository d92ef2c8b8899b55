using ScenarioEdge.Gateway.Tests.Infrastructure;

namespace ScenarioEdge.Gateway.Tests.Observability;

/// <summary>
/// The metric names, types and label values the hand-written renderer produced (metric-series.txt, taken from it before
/// the move to System.Diagnostics.Metrics) are what dashboards and alerts are built on: every one must still be served.
/// </summary>
public sealed class MetricNamesTests
{
    [Fact]
    public async Task Metrics_RunningGateway_ServesEverySeriesOfTheFormerRenderer()
    {
        await using var gateway = await GatewayFixture.StartAsync();

        var lines = (await gateway.Http.GetStringAsync("/metrics")).Split('\n');
        var expected = await File.ReadAllLinesAsync(Path.Combine(AppContext.BaseDirectory, "Observability", "metric-series.txt"));

        Assert.True(expected.Length > 100, "the list of former series was read");
        var missing = expected
            .Where(e => e.Length > 0)
            .Where(e => e.StartsWith("# TYPE ", StringComparison.Ordinal)
                ? !lines.Contains(e, StringComparer.Ordinal)
                : !lines.Any(l => l.StartsWith(e + " ", StringComparison.Ordinal)))
            .ToList();
        Assert.True(missing.Count == 0, "missing from /metrics:\n" + string.Join('\n', missing));
    }
}
