using Microsoft.Extensions.Diagnostics.HealthChecks;
using ScenarioEdge.Gateway.Broker;

namespace ScenarioEdge.Gateway.Observability;

/// <summary>Ready when the broker runs (embedded) or is connected (external).</summary>
public sealed class BrokerHealthCheck(IMessageBus bus) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(bus.IsReady ? HealthCheckResult.Healthy(bus.Describe()) : HealthCheckResult.Unhealthy(bus.Describe()));
}
