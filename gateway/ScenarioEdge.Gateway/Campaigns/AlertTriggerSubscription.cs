using ScenarioEdge.Gateway.Campaigns.Alerts;

namespace ScenarioEdge.Gateway.Campaigns;

/// <summary>Creates the alert trigger source at start, so that it listens to the alert board before the API takes posts.</summary>
internal sealed class AlertTriggerSubscription(AlertTriggerSource source) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        GC.KeepAlive(source);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
