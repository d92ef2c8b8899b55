using Microsoft.Extensions.Options;
using ScenarioEdge.Simulation.Scenarios;

namespace ScenarioEdge.Gateway.Provisioning;

/// <summary>Provisions the scenario files named in <c>Gateway:Seed</c> before the broker accepts connections.</summary>
public sealed class SeedOnStart(IOptions<SeedOptions> options, ScenarioProvisioning provisioning) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var path in options.Value.Scenarios)
        {
            // A seed that cannot be read stops the start with the file and field named (ScenarioException).
            provisioning.Apply(ScenarioLoader.LoadFile(path));
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
