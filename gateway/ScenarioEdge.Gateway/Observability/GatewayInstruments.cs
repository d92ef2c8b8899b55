using System.Diagnostics.Metrics;
using Prometheus;

namespace ScenarioEdge.Gateway.Observability;

/// <summary>
/// Where the gateway's metrics live: its <see cref="System.Diagnostics.Metrics.Meter"/> ("ScenarioEdge.Gateway", what
/// dotnet-counters and OpenTelemetry read) and the prometheus-net registry that <c>/metrics</c> serves.
/// </summary>
internal sealed class GatewayInstruments
{
    public GatewayInstruments(Meter meter)
    {
        Meter = meter;
        // One registry per gateway: several gateways in one process (the tests) keep their own counts.
        Registry = Metrics.NewCustomRegistry();
        Prometheus = Metrics.WithCustomRegistry(Registry);
    }

    public Meter Meter { get; }

    public CollectorRegistry Registry { get; }

    public IMetricFactory Prometheus { get; }
}
