using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using ScenarioEdge.EdgeAgent.Ble;
using ScenarioEdge.EdgeAgent.Health;
using ScenarioEdge.EdgeAgent.Publishing;
using ScenarioEdge.EdgeAgent.Tests.Support;
using ScenarioEdge.Protocol;
using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.EdgeAgent.Tests.Ble;

public class BleScanningHostTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task Host_ReplayedLegacyAndExtendedFrames_PublishesOneSightingsBatchPerInterval()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));
        var link = new RecordingEdgeLink();
        var scanner = new SignallingScanner(new ReplayHciScanner(
        [
            HciFrames.LegacyReport(new HciFrames.Report(0xC0FFEE001122, 0, -61, Adverts.Bytes(Adverts.IBeacon)), new(0x4A0000000001, 1, -70, Adverts.Bytes(Adverts.ShopperToken))),
            HciFrames.ExtendedReport(0x4A0000000002, 1, -75, Adverts.Bytes(Adverts.EddystoneUid)),
            Convert.FromHexString("043E0502FF00"),
            HciFrames.LegacyReport(new HciFrames.Report(0x4A0000000003, 1, -72, Adverts.Bytes(Adverts.ShopperToken))),
        ]));
        using var host = Build(time, link, scanner);
        await host.StartAsync();

        await scanner.Delivered.WaitAsync(Timeout);
        var message = await FakeTime.AdvanceUntilAsync(time, TimeSpan.FromSeconds(1), link.NextAsync(), Timeout);
        await host.StopAsync();

        Assert.Equal(Topics.Sightings("store-1", "scanner-1"), message.Topic);
        Assert.Equal(OutboxClass.Sightings, message.Class);
        var batch = ProtocolCodec.Decode<SightingsBatch>(message.Payload).Value!;
        Assert.Equal(
            [(AdvertiserKind.ShopperToken, Adverts.Token, 2), (AdvertiserKind.IBeacon, "e2c56db5-dffb-48d2-b060-d0f5a71096e0:1:2", 1), (AdvertiserKind.Eddystone, "000102030405060708090a0b0c0d0e0f", 1)],
            batch.Sightings.Select(s => (s.Kind, s.Adv, s.Count)).OrderBy(s => s.Kind));
        Assert.Equal(1, host.Services.GetRequiredService<AgentHealth>().MalformedPackets);
    }

    [Fact]
    public async Task Host_ScannerWithoutPermission_ReportsAdviceAndRetriesUntilItWorks()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));
        var scanner = new FailingOnceScanner();
        using var host = Build(time, new RecordingEdgeLink(), scanner);
        var health = host.Services.GetRequiredService<AgentHealth>();
        scanner.Probe = health.Problem;
        await host.StartAsync();

        await scanner.FirstCall.WaitAsync(Timeout);
        // The retry waits on the fake clock: move it until the service has retried.
        await FakeTime.AdvanceUntilAsync(time, TimeSpan.FromSeconds(10), scanner.SecondCall, Timeout);

        var problemWhileFailing = scanner.ProblemSeenOnRetry;
        await scanner.Delivered.WaitAsync(Timeout);
        await host.StopAsync();

        Assert.Contains("setcap", problemWhileFailing, StringComparison.Ordinal);
        Assert.Null(health.Problem());
    }

    private static IHost Build(FakeTimeProvider time, RecordingEdgeLink link, IBleScanner scanner)
    {
        var builder = AgentHost.CreateBuilder(AgentHost.Settings(AgentHost.TempDirectory()));
        builder.Services.AddSingleton<TimeProvider>(time);
        builder.AddBleScanning();
        builder.Services.AddSingleton<IEdgeLink>(link);
        builder.Services.AddSingleton(scanner);
        return builder.Build();
    }

    private sealed class SignallingScanner(IBleScanner inner) : IBleScanner, IHciEventSink
    {
        private readonly TaskCompletionSource delivered = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private IHciEventSink? sink;

        public Task Delivered => delivered.Task;

        public Task ScanAsync(ScanRequest request, IHciEventSink sink, CancellationToken cancellationToken)
        {
            this.sink = sink;
            var run = inner.ScanAsync(request, this, cancellationToken);
            delivered.TrySetResult();
            return run;
        }

        public void OnHciEvent(ReadOnlySpan<byte> packet) => sink!.OnHciEvent(packet);
    }

    private sealed class FailingOnceScanner : IBleScanner
    {
        private readonly TaskCompletionSource first = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource second = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource delivered = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task FirstCall => first.Task;

        public Task SecondCall => second.Task;

        public Task Delivered => delivered.Task;

        public string ProblemSeenOnRetry { get; private set; } = string.Empty;

        public Func<string?> Probe { get; set; } = () => null;

        public async Task ScanAsync(ScanRequest request, IHciEventSink sink, CancellationToken cancellationToken)
        {
            if (first.TrySetResult())
            {
                throw HciErrorAdvice.For(1, "Binding the HCI socket", request.AdapterName, request.Channel);
            }

            ProblemSeenOnRetry = Probe() ?? string.Empty;
            second.TrySetResult();
            sink.OnHciEvent(HciFrames.LegacyReport(new HciFrames.Report(0xC0FFEE001122, 0, -61, Adverts.Bytes(Adverts.IBeacon))));
            delivered.TrySetResult();
            await Task.Delay(System.Threading.Timeout.Infinite, cancellationToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }
}
