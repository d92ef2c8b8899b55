using System.Diagnostics.Metrics;
using Prometheus;

namespace ScenarioEdge.Gateway.Observability;

/// <summary>
/// The .NET runtime's meter (GC, thread pool, JIT, locks, CPU) and this host's Kestrel and ASP.NET Core meters, served
/// next to the gateway's own metrics through prometheus-net's meter adapter, plus its process figures.
/// </summary>
internal static class RuntimeMetrics
{
    // prometheus-net forgets a series nobody changed for this long (at most a day); observed instruments are read
    // at every scrape, so only an idle counter restarts from 0.
    private static readonly TimeSpan KeepIdleSeries = TimeSpan.FromDays(1);

    public static IDisposable Start(CollectorRegistry registry, IMeterFactory hostMeters)
    {
        DotNetStats.Register(registry);
        return MeterAdapter.StartListening(new MeterAdapterOptions
        {
            Registry = registry,
            // Left alone, the adapter writes to prometheus-net's process-wide default registry whatever Registry says.
            MetricFactory = Metrics.WithCustomRegistry(registry),
            MetricsExpireAfter = KeepIdleSeries,
            InstrumentFilterPredicate = i => Serves(i, hostMeters),
        });
    }

    private static bool Serves(Instrument instrument, IMeterFactory hostMeters) =>
        instrument.Meter.Name == "System.Runtime"
        // Other gateways' meters in the same process (the tests) belong to them. Up-down counters (active
        // connections, requests) are left out: forgotten after an idle day, they would come back counting from 0 and
        // go negative; se_broker_clients_connected counts the MQTT connections.
        || (ReferenceEquals(instrument.Meter.Scope, hostMeters)
            && instrument.Meter.Name.StartsWith("Microsoft.AspNetCore.", StringComparison.Ordinal)
            && !instrument.GetType().Name.StartsWith("UpDownCounter", StringComparison.Ordinal));
}
