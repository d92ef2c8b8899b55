namespace ScenarioEdge.Gateway.Campaigns.Management;

/// <summary>At start, before traffic: the campaigns stored as active are compiled and run again.</summary>
public sealed class CampaignRestore(CampaignStore store, ILogger<CampaignRestore> log) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var running = store.Restore();
        log.LogInformation("{Count} active campaigns restored from the database", running);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
