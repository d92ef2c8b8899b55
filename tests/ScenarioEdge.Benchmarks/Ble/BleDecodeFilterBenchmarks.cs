using BenchmarkDotNet.Attributes;
using ScenarioEdge.EdgeAgent.Ble;
using ScenarioEdge.EdgeAgent.Decoding;
using ScenarioEdge.EdgeAgent.Health;

namespace ScenarioEdge.Benchmarks.Ble;

/// <summary>
/// Decode + filter per advert: classify the AD structures, find the advertiser by value key, push the RSSI into its
/// window; and the same from raw HCI event packets. A crowd of 600 advertisers (iBeacons, Eddystone-UIDs, shopper
/// phones) in steady state; one operation = one advert.
/// </summary>
[MemoryDiagnoser]
public class BleDecodeFilterBenchmarks : IDisposable
{
    private const int Adverts = 4_096;
    private readonly RpaResolver resolver = new([]);
    private byte[][] data = [];
    private byte[][] packets = [];
    private ulong[] addresses = [];
    private sbyte[] rssi = [];
    private SightingsAggregator aggregator = null!;
    private AdvertPipeline pipeline = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(1);
        var settings = new BleSettings(new BleTuning { RssiWindow = 15 });
        aggregator = new SightingsAggregator(settings, resolver, new Dictionary<string, int>(), ShopperTokenFrame.DefaultServiceUuid, new AgentHealth());
        pipeline = new AdvertPipeline(aggregator, TimeProvider.System, new AgentHealth());
        data = [.. Enumerable.Range(0, Adverts).Select(i => SyntheticHciScanner.AdvertFor(i % 600))];
        addresses = [.. Enumerable.Range(0, Adverts).Select(i => 0x4A0000000000UL + (ulong)(i % 600))];
        rssi = [.. Enumerable.Range(0, Adverts).Select(_ => (sbyte)random.Next(-95, -45))];
        packets = [.. Enumerable.Range(0, Adverts).Select(i => HciFrames.LegacyReport(new HciFrames.Report(addresses[i], 1, rssi[i], data[i])))];
        DecodeAndFilter();
        HciPacketToFilter();
    }

    [Benchmark(OperationsPerInvoke = Adverts)]
    public void DecodeAndFilter()
    {
        var now = 638_680_000_000_000_000L;
        for (var i = 0; i < Adverts; i++)
        {
            aggregator.Observe(new AdvertReport(addresses[i], 1, rssi[i], data[i]), now);
        }
    }

    [Benchmark(OperationsPerInvoke = Adverts)]
    public void HciPacketToFilter()
    {
        for (var i = 0; i < Adverts; i++)
        {
            pipeline.OnHciEvent(packets[i]);
        }
    }

    [Benchmark(OperationsPerInvoke = Adverts)]
    public int DecodeOnly()
    {
        var kinds = 0;
        for (var i = 0; i < Adverts; i++)
        {
            kinds += (int)AdvertClassifier.Classify(data[i], ShopperTokenFrame.DefaultServiceUuid).Kind;
        }

        return kinds;
    }

    public void Dispose()
    {
        resolver.Dispose();
        GC.SuppressFinalize(this);
    }
}
