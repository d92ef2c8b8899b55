using Prometheus;

namespace ScenarioEdge.Gateway.Observability;

/// <summary>The Prometheus text of everything the gateway's registry holds: its own metrics, the runtime's and Kestrel's.</summary>
public sealed partial class GatewayMetrics
{
    private readonly IDisposable? _runtime;

    /// <summary>Writes all metrics in the Prometheus text exposition format.</summary>
    public Task WriteAsync(Stream to, CancellationToken cancel) =>
        _instruments.Registry.CollectAndExportAsTextAsync(to, ExpositionFormat.PrometheusText, cancel);

    /// <summary>All metrics in the Prometheus text exposition format (for tests and tools; the endpoint streams).</summary>
    public string Render()
    {
        using var text = new MemoryStream();
        // A memory stream completes every write at once: nothing here waits on I/O.
        WriteAsync(text, CancellationToken.None).GetAwaiter().GetResult();
        return System.Text.Encoding.UTF8.GetString(text.GetBuffer(), 0, (int)text.Length);
    }

    public void Dispose()
    {
        _runtime?.Dispose();
        _instruments.Meter.Dispose();
    }
}
