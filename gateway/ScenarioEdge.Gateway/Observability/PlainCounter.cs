using System.Diagnostics.Metrics;

namespace ScenarioEdge.Gateway.Observability;

/// <summary>A counter without labels, served on <c>/metrics</c> and published on the gateway's <see cref="Meter"/>.</summary>
internal sealed class PlainCounter
{
    private readonly Prometheus.Counter _counter;

    public PlainCounter(GatewayInstruments instruments, string name, string help)
    {
        _counter = instruments.Prometheus.CreateCounter(name, help);
        instruments.Meter.CreateObservableCounter(name, () => Value, description: help);
    }

    public long Value => (long)_counter.Value;

    public void Add(long by = 1) => _counter.Inc(by);
}
