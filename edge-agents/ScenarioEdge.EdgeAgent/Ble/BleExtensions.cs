using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ScenarioEdge.EdgeAgent.Config;
using ScenarioEdge.EdgeAgent.Decoding;
using ScenarioEdge.EdgeAgent.Health;
using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.EdgeAgent.Ble;

/// <summary>Registers BLE scanning: scanner, decode and filter pipeline, sightings publisher, remote config.</summary>
public static class BleExtensions
{
    public static IHostApplicationBuilder AddBleScanning(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddAgentCore();
        if (!builder.Configuration.GetValue($"{AgentOptions.Section}:Ble:Enabled", true))
        {
            return builder;
        }

        services.AddSingleton(sp => new BleSettings(LocalTuning(sp.GetRequiredService<IOptions<AgentOptions>>().Value.Ble)));
        services.AddSingleton(sp => new RpaResolver(sp.GetRequiredService<IOptions<AgentOptions>>().Value.Ble.Irks
            .Select(p => KeyValuePair.Create(p.Key, Convert.FromHexString(p.Value)))));
        services.AddSingleton(sp =>
        {
            var ble = sp.GetRequiredService<IOptions<AgentOptions>>().Value.Ble;
            return new SightingsAggregator(
                sp.GetRequiredService<BleSettings>(),
                sp.GetRequiredService<RpaResolver>(),
                new Dictionary<string, int>(ble.ReferenceRssi, StringComparer.OrdinalIgnoreCase),
                AgentOptionsValidator.ParseUuid16(ble.ShopperTokenServiceUuid),
                sp.GetRequiredService<AgentHealth>());
        });
        services.AddSingleton<AdvertPipeline>();
        services.AddSingleton<IBleScanner>(sp =>
        {
            var ble = sp.GetRequiredService<IOptions<AgentOptions>>().Value.Ble;
            return ble.Source switch
            {
                BleScannerSource.Replay => ReplayHciScanner.FromHexFile(ble.ReplayFile!),
                BleScannerSource.Synthetic => new SyntheticHciScanner(ble.SyntheticRate, ble.SyntheticAdvertisers, sp.GetRequiredService<TimeProvider>()),
                _ => new LinuxHciScanner(sp.GetRequiredService<ILogger<LinuxHciScanner>>()),
            };
        });
        services.AddHostedService<BleScanService>();
        services.AddHostedService<SightingsPublisher>();
        services.AddHostedService<RemoteConfigService>();
        return builder;
    }

    /// <summary>The tuning from local configuration alone.</summary>
    public static BleTuning LocalTuning(BleOptions ble)
    {
        ArgumentNullException.ThrowIfNull(ble);
        return new BleTuning
        {
            Scan = new ScanSettings { Active = ble.Active, IntervalMs = ble.IntervalMs, WindowMs = ble.WindowMs },
            PublishInterval = TimeSpan.FromMilliseconds(ble.PublishIntervalMs),
            RssiWindow = ble.RssiWindow,
            ForgetAfter = TimeSpan.FromSeconds(ble.ForgetAfterS),
            RxOffsetDb = ble.RxOffsetDb,
            PublishUnknown = ble.PublishUnknown,
        };
    }
}
