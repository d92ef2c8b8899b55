using System.Diagnostics.Metrics;

namespace ScenarioEdge.Gateway.Observability;

/// <summary>A gauge without labels, served on <c>/metrics</c> and published on the gateway's <see cref="Meter"/> as an up-down counter.</summary>
internal sealed class PlainGauge
{
    private readonly Prometheus.Gauge _gauge;

    public PlainGauge(GatewayInstruments instruments, string name, string help)
    {
        _gauge = instruments.Prometheus.CreateGauge(name, help);
        instruments.Meter.CreateObservableUpDownCounter(name, () => Value, description: help);
    }

    public long Value => (long)_gauge.Value;

    public void Add(long by) => _gauge.Inc(by);

    public void Set(long value) => _gauge.Set(value);
}
