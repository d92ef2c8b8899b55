namespace ScenarioEdge.Gateway;

/// <summary>The wait every drainable stage shares at shutdown (see <see cref="GatewayShutdown"/>).</summary>
internal static class BackgroundServiceDrain
{
    /// <summary>
    /// Waits for <paramref name="service"/> to finish what its (completed) queue holds. Out of time, it stops the
    /// service at once, so that it records or counts what is left and publishes nothing more to a stopping broker.
    /// </summary>
    public static async Task FinishQueuedAsync(this BackgroundService service, CancellationToken cancellationToken)
    {
        try
        {
            if (service.ExecuteTask is { } running)
            {
                await running.WaitAsync(cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await service.StopAsync(CancellationToken.None);
            throw;
        }
    }
}
