using ScenarioEdge.EdgeAgent.Health;
using ScenarioEdge.EdgeAgent.Wearables;

namespace ScenarioEdge.EdgeAgent.Ble;

/// <summary>
/// The scanner's sink: HCI event packets → advertising reports → <see cref="SightingsAggregator"/>, and to the
/// wearable roster so that GATT connections are made only to registered wearables this scanner hears. One scanner
/// thread calls it.
/// </summary>
internal sealed class AdvertPipeline(SightingsAggregator aggregator, TimeProvider timeProvider, AgentHealth health, WearableRoster? roster = null) : IHciEventSink, IAdvertReportSink
{
    private long nowTicks;

    public void OnHciEvent(ReadOnlySpan<byte> packet)
    {
        nowTicks = timeProvider.GetUtcNow().UtcTicks;
        if (HciEventParser.ParseAdvertisingReports(packet, this, out var malformed) > 0)
        {
            health.ClearProblem(BleScanService.ProblemSource);
        }

        if (malformed)
        {
            health.CountMalformedPacket();
        }
    }

    public void OnAdvert(in AdvertReport report)
    {
        aggregator.Observe(report, nowTicks);
        roster?.Observe(report.Address, report.AddressType, nowTicks);
    }
}
