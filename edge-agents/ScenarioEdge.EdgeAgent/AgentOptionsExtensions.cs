using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ScenarioEdge.EdgeAgent.Health;

namespace ScenarioEdge.EdgeAgent;

/// <summary>Registrations shared by the agent's features; safe to call more than once.</summary>
internal static class AgentOptionsExtensions
{
    public static IServiceCollection AddAgentCore(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(IValidateOptions<AgentOptions>)))
        {
            return services;
        }

        services.AddOptions<AgentOptions>().BindConfiguration(AgentOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<AgentOptions>, AgentOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();
        services.TryAddSingleton(sp => new AgentHealth(sp.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>()));
        return services;
    }
}
