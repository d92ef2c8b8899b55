using System.Collections.Concurrent;

namespace ScenarioEdge.Gateway.Observability;

/// <summary>
/// Gauges a folder declares for its own state (how many shoppers it holds in memory): the folder reads the value, so
/// Observability depends on no folder of the gateway.
/// </summary>
public sealed partial class GatewayMetrics
{
    private readonly ConcurrentDictionary<string, Func<long>> _gauges = new(StringComparer.Ordinal);

    /// <summary>
    /// The gauge <paramref name="name"/>, read from <paramref name="read"/> at each scrape (and by meter listeners).
    /// Declared once; a second declaration of the same name keeps the first.
    /// </summary>
    public void Gauge(string name, string help, Func<long> read)
    {
        if (_gauges.TryAdd(name, read))
        {
            ManagementGauge(_instruments, name, help, read);
        }
    }

    /// <summary>The gauge's value now (tests, health).</summary>
    public long GaugeValue(string name) => _gauges.TryGetValue(name, out var read) ? read() : 0;
}
