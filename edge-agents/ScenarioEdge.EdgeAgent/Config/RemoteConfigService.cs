using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ScenarioEdge.EdgeAgent.Ble;
using ScenarioEdge.EdgeAgent.Health;
using ScenarioEdge.EdgeAgent.Publishing;
using ScenarioEdge.Protocol;
using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.EdgeAgent.Config;

/// <summary>
/// Applies the retained device config (topic <c>.../config</c>) to the BLE tuning. A config that fails validation
/// is rejected: the reason is logged and reported in the status <c>problem</c>, and the tuning in force is kept.
/// Fields the config leaves out fall back to the local settings, not to an older remote value. Other features (the
/// shelf's lanes) take their part through <see cref="IDeviceConfigTarget"/>; BLE settings are absent on a device
/// without BLE.
/// </summary>
internal sealed class RemoteConfigService(
    IEdgeLink link,
    IOptions<AgentOptions> options,
    AgentHealth health,
    ILogger<RemoteConfigService> logger,
    IEnumerable<IDeviceConfigTarget> targets,
    BleSettings? settings = null) : IHostedService
{
    public const string ProblemSource = "config";
    private IDisposable? subscription;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        subscription = link.Subscribe(Topics.Config(options.Value.Store, options.Value.Device), OnConfigAsync);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        subscription?.Dispose();
        return Task.CompletedTask;
    }

    internal ValueTask OnConfigAsync(string topic, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken)
    {
        if (payload.IsEmpty)
        {
            if (logger.IsEnabled(LogLevel.Information))
            {
                logger.LogInformation("The retained config on {Topic} was cleared; keeping the settings in force", topic);
            }

            return ValueTask.CompletedTask;
        }

        var result = ProtocolCodec.Decode<DeviceConfig>(payload);
        if (!result.Ok)
        {
            var reason = $"rejected config from {topic}: {result.Error}; keeping the previous settings";
            health.SetProblem(ProblemSource, reason);
            logger.LogError("Rejected the remote config on {Topic} ({Failure}): {Reason}. Kept the previous settings; publish a corrected retained config", topic, result.Failure, result.Error);
            return ValueTask.CompletedTask;
        }

        var config = result.Value!;
        health.ClearProblem(ProblemSource);
        foreach (var target in targets)
        {
            if (target.Apply(config) is { } refused)
            {
                health.SetProblem(target.Name, $"rejected config {config.Id}: {refused}");
                logger.LogError("Rejected part of the remote config {ConfigId} on {Topic}: {Reason}. Publish a corrected retained config", config.Id, topic, refused);
            }
            else
            {
                health.ClearProblem(target.Name);
            }
        }

        if (settings is null)
        {
            return ValueTask.CompletedTask;
        }

        var tuning = BleExtensions.LocalTuning(options.Value.Ble).With(config);
        settings.Apply(tuning);
        if (logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation("Applied remote config {ConfigId}: publish every {PublishMs} ms, RSSI window {Window}, forget after {ForgetS} s, rx offset {RxOffsetDb} dB, scan {IntervalMs}/{WindowMs} ms {Mode}",
                config.Id, tuning.PublishInterval.TotalMilliseconds, tuning.RssiWindow, tuning.ForgetAfter.TotalSeconds, tuning.RxOffsetDb, tuning.Scan.IntervalMs, tuning.Scan.WindowMs, tuning.Scan.Active ? "active" : "passive");
        }

        return ValueTask.CompletedTask;
    }
}
