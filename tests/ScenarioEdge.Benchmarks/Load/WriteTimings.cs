using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using ScenarioEdge.Gateway.Observability;

namespace ScenarioEdge.Benchmarks.Load;

/// <summary>Every observation of the gateway's write and push-latency histograms, read off its meter as they happen, for exact percentiles.</summary>
internal sealed class WriteTimings : IDisposable
{
    private static readonly string[] Watched = ["se_campaign_write_seconds", "se_push_write_seconds", "se_ingest_to_push_seconds"];
    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<double>> _values = new(StringComparer.Ordinal);

    public WriteTimings()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == GatewayMetrics.MeterName && Watched.Contains(instrument.Name))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<double>((instrument, value, _, _) => _values.GetOrAdd(instrument.Name, _ => new()).Enqueue(value));
        _listener.Start();
    }

    /// <summary>Count, p50 and p99 in milliseconds of one histogram.</summary>
    public (int Count, double P50, double P99, double Max) Of(string name)
    {
        var values = _values.TryGetValue(name, out var queue) ? queue.Order().ToArray() : [];
        return values.Length == 0 ? (0, 0, 0, 0) : (values.Length, At(values, 0.50) * 1000, At(values, 0.99) * 1000, values[^1] * 1000);
    }

    public void Dispose() => _listener.Dispose();

    private static double At(double[] sorted, double q) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
}
