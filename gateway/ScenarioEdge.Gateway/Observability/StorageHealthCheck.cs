using Microsoft.Extensions.Diagnostics.HealthChecks;
using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Observability;

/// <summary>Ready when the LiteDB file answers a read.</summary>
public sealed class StorageHealthCheck(GatewayDatabase database) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(database.Ping()
            ? HealthCheckResult.Healthy($"LiteDB at {database.Path}")
            : HealthCheckResult.Unhealthy($"LiteDB at {database.Path} does not answer; check the disk and file permissions"));
}
