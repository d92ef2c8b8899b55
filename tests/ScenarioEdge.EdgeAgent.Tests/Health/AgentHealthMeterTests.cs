using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using ScenarioEdge.EdgeAgent.Health;

namespace ScenarioEdge.EdgeAgent.Tests.Health;

/// <summary>The agent's health figures on its meter, where dotnet-counters reads them on the device.</summary>
public sealed class AgentHealthMeterTests
{
    [Fact]
    public void Counts_OnTheMeter_ReadByAListener()
    {
        using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var factory = services.GetRequiredService<IMeterFactory>();
        var health = new AgentHealth(factory);
        var seen = new Dictionary<string, long>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            // Only this test's meter: other agents run in the same process.
            if (ReferenceEquals(instrument.Meter.Scope, factory) && instrument.Meter.Name == AgentHealth.MeterName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, _, _) => seen[instrument.Name] = value);
        listener.SetMeasurementEventCallback<int>((instrument, value, _, _) => seen[instrument.Name] = value);
        listener.Start();

        health.CountAdvert();
        health.CountAdvert();
        health.CountAdvert();
        health.CountMalformedPacket();
        health.SetProblem("ble", "scanner gone");
        listener.RecordObservableInstruments();

        Assert.Equal(3, seen["se_agent_adverts_total"]);
        Assert.Equal(1, seen["se_agent_malformed_packets_total"]);
        Assert.Equal(1, seen["se_agent_problems"]);
        Assert.Equal("ble: scanner gone", health.Problem());
    }
}
