using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ScenarioEdge.EdgeAgent.Ble;
using ScenarioEdge.EdgeAgent.Config;
using ScenarioEdge.EdgeAgent.Health;
using ScenarioEdge.EdgeAgent.Tests.Support;
using ScenarioEdge.Protocol;

namespace ScenarioEdge.EdgeAgent.Tests.Config;

public class RemoteConfigServiceTests
{
    private readonly AgentOptions options = new() { Store = "store-1", Device = "scanner-1" };
    private readonly AgentHealth health = new();
    private readonly BleSettings settings;
    private readonly RemoteConfigService service;
    private readonly RecordingEdgeLink link = new();

    public RemoteConfigServiceTests()
    {
        settings = new BleSettings(BleExtensions.LocalTuning(options.Ble));
        service = new RemoteConfigService(link, Options.Create(options), health, NullLogger<RemoteConfigService>.Instance, [], settings);
    }

    [Fact]
    public async Task StartAsync_SubscribesToThisDevicesRetainedConfigTopic()
    {
        await service.StartAsync(CancellationToken.None);

        Assert.Equal(Topics.Config("store-1", "scanner-1"), Assert.Single(link.Subscriptions).Filter);
    }

    [Fact]
    public async Task OnConfig_ValidConfig_AppliesItAndKeepsLocalValuesForAbsentFields()
    {
        await Receive("""{"v":1,"id":"cfg-1","ts":"2026-11-24T09:00:00Z","publishIntervalMs":2000,"rssiWindow":9,"rxOffsetDb":-3.5,"scan":{"active":true,"intervalMs":60,"windowMs":30}}""");

        var tuning = settings.Current;
        Assert.Equal(TimeSpan.FromSeconds(2), tuning.PublishInterval);
        Assert.Equal(9, tuning.RssiWindow);
        Assert.Equal(-3.5, tuning.RxOffsetDb);
        Assert.True(tuning.Scan.Active);
        Assert.Equal(TimeSpan.FromSeconds(options.Ble.ForgetAfterS), tuning.ForgetAfter);
        Assert.Null(health.Problem());
    }

    [Theory]
    [InlineData("""{"v":1,"id":"cfg-2","ts":"2026-11-24T09:00:00Z","rssiWindow":0}""", "rssiWindow")]
    [InlineData("""{"v":1,"id":"cfg-3","ts":"2026-11-24T09:00:00Z","scan":{"intervalMs":50,"windowMs":80}}""", "scan.windowMs")]
    [InlineData("""{"v":9,"id":"cfg-4","ts":"2026-11-24T09:00:00Z"}""", "v:")]
    [InlineData("""not json""", "rejected config")]
    public async Task OnConfig_BadConfig_IsRejectedWithReasonAndOldSettingsKept(string payload, string reason)
    {
        await Receive("""{"v":1,"id":"cfg-1","ts":"2026-11-24T09:00:00Z","rssiWindow":9}""");

        await Receive(payload);

        Assert.Equal(9, settings.Current.RssiWindow);
        Assert.Contains(reason, health.Problem(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnConfig_CorrectedConfigAfterBadOne_ClearsTheProblem()
    {
        await Receive("""{"v":1,"id":"cfg-2","ts":"2026-11-24T09:00:00Z","rssiWindow":0}""");

        await Receive("""{"v":1,"id":"cfg-3","ts":"2026-11-24T09:00:00Z","rssiWindow":7}""");

        Assert.Null(health.Problem());
        Assert.Equal(7, settings.Current.RssiWindow);
    }

    private ValueTask Receive(string json) =>
        service.OnConfigAsync(Topics.Config("store-1", "scanner-1"), Encoding.UTF8.GetBytes(json), CancellationToken.None);
}
