using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ScenarioEdge.EdgeAgent.Wearables;

/// <summary>Hosts <see cref="WearableConnections"/>; an unexpected failure is logged, never stops the agent.</summary>
internal sealed class WearableConnectionService(WearableConnections connections, ILogger<WearableConnectionService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await connections.RunAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // stopping
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Wearable GATT connections stopped unexpectedly: {Reason}. Samples from straps stop until the agent restarts; report it with this log", ex.Message);
        }
    }
}
