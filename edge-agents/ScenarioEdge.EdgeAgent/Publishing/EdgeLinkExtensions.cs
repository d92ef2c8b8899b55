using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ScenarioEdge.EdgeAgent.Health;
using ScenarioEdge.EdgeAgent.Outbox;

namespace ScenarioEdge.EdgeAgent.Publishing;

/// <summary>Registers the outbox, the MQTT link and the health reporter.</summary>
public static class EdgeLinkExtensions
{
    /// <summary>Outbox file name inside <see cref="AgentOptions.DataDirectory"/>.</summary>
    public const string OutboxFile = "outbox.db";

    public static IHostApplicationBuilder AddEdgeLink(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddAgentCore();
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<AgentOptions>>().Value;
            return new LiteDbOutbox(Path.Combine(options.DataDirectory, OutboxFile), options.Outbox, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<LiteDbOutbox>>());
        });

        // One link instance behind both the seam and the hosted service.
        services.AddSingleton<MqttEdgeLink>();
        services.AddSingleton<IEdgeLink>(sp => sp.GetRequiredService<MqttEdgeLink>());
        services.AddHostedService(sp => sp.GetRequiredService<MqttEdgeLink>());
        services.AddHostedService<HealthReporter>();
        return builder;
    }
}
