using System.Diagnostics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ScenarioEdge.EdgeAgent.Outbox;
using ScenarioEdge.EdgeAgent.Publishing;
using ScenarioEdge.Protocol;
using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.EdgeAgent.Health;

/// <summary>
/// Publishes the retained health status every health interval, and at once when a problem appears or clears:
/// adverts/s, outbox depth, drops, CPU and memory, and what is wrong (state degraded) in words.
/// </summary>
internal sealed class HealthReporter(
    IEdgeLink link,
    LiteDbOutbox outbox,
    AgentHealth health,
    IOptions<AgentOptions> options,
    TimeProvider timeProvider,
    ILogger<HealthReporter> logger) : BackgroundService
{
    private readonly MessageIds ids = new("h");
    private readonly SemaphoreSlim changed = new(0);
    private readonly long started = timeProvider.GetTimestamp();
    private long lastTimestamp = timeProvider.GetTimestamp();
    private long lastAdverts;
    private TimeSpan lastCpu = Process.GetCurrentProcess().TotalProcessorTime;

    public override void Dispose()
    {
        changed.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var topic = Topics.Status(options.Value.Store, options.Value.Device);
        var interval = TimeSpan.FromSeconds(options.Value.HealthIntervalS);
        health.Changed += OnChanged;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                var tick = Task.Delay(interval, timeProvider, timeout.Token);
                var woke = changed.WaitAsync(timeout.Token);
                await Task.WhenAny(tick, woke);
                await timeout.CancelAsync();
                stoppingToken.ThrowIfCancellationRequested();
                try
                {
                    await link.EnqueueAsync(new OutboxMessage(topic, ProtocolCodec.Encode(Snapshot()), OutboxClass.Status, Retain: true), stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogError(ex, "Could not queue the health status: {Reason}", ex.Message);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // stopping
        }
        finally
        {
            health.Changed -= OnChanged;
        }
    }

    internal DeviceStatus Snapshot()
    {
        var now = timeProvider.GetTimestamp();
        var seconds = Math.Max(timeProvider.GetElapsedTime(lastTimestamp, now).TotalSeconds, 0.001);
        var adverts = health.Adverts;
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var status = new DeviceStatus
        {
            Id = ids.Next(),
            Ts = timeProvider.GetUtcNow(),
            State = health.Problem() is null ? DeviceState.Online : DeviceState.Degraded,
            Version = StatusVersion.Current,
            UptimeS = (long)timeProvider.GetElapsedTime(started, now).TotalSeconds,
            AdvertsPerSecond = Math.Round((adverts - lastAdverts) / seconds, 1),
            QueueDepth = outbox.Count,
            Dropped = outbox.Dropped,
            CpuPercent = Math.Round(Math.Clamp((cpu - lastCpu).TotalSeconds / seconds * 100, 0, 100_000), 1),
            MemoryMb = Math.Round(Environment.WorkingSet / (1024.0 * 1024.0), 1),
            Problem = health.Problem(),
        };
        (lastTimestamp, lastAdverts, lastCpu) = (now, adverts, cpu);
        return status;
    }

    private void OnChanged()
    {
        if (changed.CurrentCount == 0)
        {
            changed.Release();
        }
    }
}
