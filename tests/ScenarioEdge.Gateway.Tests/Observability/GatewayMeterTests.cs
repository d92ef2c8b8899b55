using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using ScenarioEdge.Gateway.Ingest;
using ScenarioEdge.Gateway.Observability;

namespace ScenarioEdge.Gateway.Tests.Observability;

/// <summary>What dotnet-counters and OpenTelemetry see: the gateway's counts on its System.Diagnostics.Metrics meter.</summary>
public sealed class GatewayMeterTests
{
    [Fact]
    public void CountRejected_OnTheMeter_ReadByAListenerWithItsReason()
    {
        using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var factory = services.GetRequiredService<IMeterFactory>();
        using var metrics = new GatewayMetrics(factory);
        var longs = new List<(string Name, long Value, string? Tag)>();
        var doubles = new List<(string Name, double Value)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            // Only this gateway's meter: other tests' gateways run in the same process.
            if (ReferenceEquals(instrument.Meter.Scope, factory) && instrument.Meter.Name == GatewayMetrics.MeterName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
            longs.Add((instrument.Name, value, tags.Length == 1 ? tags[0].Value?.ToString() : null)));
        listener.SetMeasurementEventCallback<double>((instrument, value, _, _) => doubles.Add((instrument.Name, value)));
        listener.Start();

        metrics.CountRejected(RejectReason.FutureTime);
        metrics.CountRejected(RejectReason.FutureTime);
        metrics.CountPushOut();
        metrics.ClientConnected();
        metrics.IngestToPush.Observe(0.2);
        listener.RecordObservableInstruments();

        Assert.Contains(("se_messages_rejected_total", 2L, "future_time"), longs);
        Assert.Contains(("se_messages_rejected_total", 0L, "malformed_json"), longs);
        Assert.Contains(("se_pushes_out_total", 1L, (string?)null), longs);
        Assert.Contains(("se_broker_clients_connected", 1L, (string?)null), longs);
        Assert.Contains(("se_ingest_to_push_seconds", 0.2), doubles);
        Assert.Equal(2, metrics.Rejected["future_time"]);
    }

    [Fact]
    public void Render_TwoGatewaysInOneProcess_EachServesItsOwnCountsAndRuntime()
    {
        using var servicesA = new ServiceCollection().AddMetrics().BuildServiceProvider();
        using var servicesB = new ServiceCollection().AddMetrics().BuildServiceProvider();
        using var a = new GatewayMetrics(servicesA.GetRequiredService<IMeterFactory>());
        using var b = new GatewayMetrics(servicesB.GetRequiredService<IMeterFactory>());
        // As the host does at start: Ingest makes its counter, every reason's series at 0.
        RejectMetrics.Register(a);
        RejectMetrics.Register(b);

        a.CountRejected(RejectReason.FutureTime);
        _ = b.Render();

        Assert.Contains("se_messages_rejected_total{reason=\"future_time\"} 1\n", a.Render(), StringComparison.Ordinal);
        var textB = b.Render();
        Assert.Contains("se_messages_rejected_total{reason=\"future_time\"} 0\n", textB, StringComparison.Ordinal);
        // The runtime's meter is read at the scrape into the gateway's own registry, not prometheus-net's global one.
        Assert.Contains("system_runtime_dotnet_thread_pool_thread_count ", textB, StringComparison.Ordinal);
        Assert.Contains("system_runtime_dotnet_gc_collections{", textB, StringComparison.Ordinal);
    }
}
