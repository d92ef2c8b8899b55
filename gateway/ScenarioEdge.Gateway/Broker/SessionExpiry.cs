using Microsoft.Extensions.Options;
using ScenarioEdge.Gateway.Observability;
using ScenarioEdge.Gateway.Security;

namespace ScenarioEdge.Gateway.Broker;

/// <summary>
/// Deletes offline persistent sessions past their expiry, capped at <see cref="SecurityOptions.MaxSessionExpiry"/>.
/// MQTTnet 5 keeps every persistent session (and what it queued) for as long as the process runs.
/// </summary>
public sealed class SessionExpiry(
    EmbeddedBroker broker,
    SessionRegistry sessions,
    GatewayMetrics metrics,
    IOptions<SecurityOptions> options,
    TimeProvider time,
    ILogger<SessionExpiry> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Often enough that a session outlives its expiry by at most half of it (or 30 s).
        var period = TimeSpan.FromTicks(Math.Clamp(options.Value.MaxSessionExpiry.Ticks / 2, TimeSpan.FromMilliseconds(100).Ticks, TimeSpan.FromSeconds(30).Ticks));
        using var timer = new PeriodicTimer(period, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                var expired = sessions.TakeExpired();
                foreach (var clientId in expired)
                {
                    await broker.DeleteSessionAsync(clientId);
                    metrics.CountSessionExpired();
                }

                if (expired.Count > 0)
                {
                    log.LogInformation("Deleted {Count} expired MQTT sessions", expired.Count);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
