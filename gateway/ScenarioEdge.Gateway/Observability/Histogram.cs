using System.Diagnostics.Metrics;

namespace ScenarioEdge.Gateway.Observability;

/// <summary>
/// A latency histogram in seconds with fixed bounds: a <see cref="Histogram{T}"/> on the gateway's meter (for
/// dotnet-counters and any OpenTelemetry reader) and the Prometheus histogram served on <c>/metrics</c>.
/// </summary>
public sealed class Histogram
{
    private readonly Histogram<double> _instrument;
    private readonly Prometheus.Histogram _prometheus;

    internal Histogram(GatewayInstruments instruments, string name, string help, double[] bounds)
    {
        _instrument = instruments.Meter.CreateHistogram(name, "s", help, tags: null,
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = bounds });
        _prometheus = instruments.Prometheus.CreateHistogram(name, help, new Prometheus.HistogramConfiguration { Buckets = bounds });
    }

    /// <summary>Records one observation in seconds.</summary>
    public void Observe(double seconds)
    {
        _prometheus.Observe(seconds);
        _instrument.Record(seconds);
    }

    /// <summary>Observations so far.</summary>
    public long Count => _prometheus.Count;
}
