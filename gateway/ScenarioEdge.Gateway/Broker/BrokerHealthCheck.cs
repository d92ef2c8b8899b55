using Microsoft.Extensions.Diagnostics.HealthChecks;
using ScenarioEdge.Gateway.Messaging;

namespace ScenarioEdge.Gateway.Broker;

/// <summary>Ready when the broker runs (embedded) or is connected (external); degraded while the bus reports a recent loss.</summary>
public sealed class BrokerHealthCheck(IMessageBus bus) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(
            !bus.IsReady ? HealthCheckResult.Unhealthy(bus.Describe())
            : bus.Degradation is { } problem ? HealthCheckResult.Degraded($"{bus.Describe()}; {problem}")
            : HealthCheckResult.Healthy(bus.Describe()));
}
