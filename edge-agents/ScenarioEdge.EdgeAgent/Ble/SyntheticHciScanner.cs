using ScenarioEdge.EdgeAgent.Decoding;

namespace ScenarioEdge.EdgeAgent.Ble;

/// <summary>
/// A stand-in adapter for load and memory measurements: a crowd of iBeacons, Eddystone-UIDs and shopper phones
/// advertising at a fixed total rate, with noisy RSSI, through the real pipeline.
/// </summary>
internal sealed class SyntheticHciScanner(int advertsPerSecond, int advertisers, TimeProvider timeProvider) : IBleScanner
{
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(10);

    public static byte[] AdvertFor(int i) => (i % 3) switch
    {
        0 => [0x02, 0x01, 0x06, 0x1A, 0xFF, 0x4C, 0x00, 0x02, 0x15, .. Guid.Parse("f7826da6-4fa2-4e98-8024-bc5b71e0893e").ToByteArray(true), (byte)(i >> 8), (byte)i, 0x00, 0x01, 0xC5],
        1 => [0x02, 0x01, 0x06, 0x03, 0x03, 0xAA, 0xFE, 0x15, 0x16, 0xAA, 0xFE, 0x00, 0xEE, 0x8B, 0x0C, 0xE2, 0x9A, 0xC1, 0x6B, 0x6E, 0x3A, 0x5E, 0x51, 0x00, 0x00, 0x00, 0x00, (byte)(i >> 8), (byte)i],
        _ => [0x02, 0x01, 0x1A, 0x15, 0x16, 0xF5, 0xFF, ShopperTokenFrame.Version1, 0xC8, .. Enumerable.Range(0, 14).Select(b => (byte)(b * 17)), (byte)(i >> 8), (byte)i],
    };

    public Task ScanAsync(ScanRequest request, IHciEventSink sink, CancellationToken cancellationToken) =>
        Task.Factory.StartNew(() => RunAsync(sink, cancellationToken), cancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default).Unwrap();

    private async Task RunAsync(IHciEventSink sink, CancellationToken cancellationToken)
    {
        var random = new Random(42);
        var packets = Enumerable.Range(0, advertisers)
            .Select(i => HciFrames.LegacyReport(new HciFrames.Report(0x4A0000000000 + (ulong)i, 1, -60, AdvertFor(i))))
            .ToArray();
        var started = timeProvider.GetTimestamp();
        long sent = 0;
        var next = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            var due = (long)(timeProvider.GetElapsedTime(started).TotalSeconds * advertsPerSecond);
            for (; sent < due; sent++)
            {
                var packet = packets[next];
                next = (next + 1) % packets.Length;
                packet[^1] = (byte)(sbyte)random.Next(-95, -45);
                sink.OnHciEvent(packet);
            }

            try
            {
                await Task.Delay(Tick, timeProvider, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
