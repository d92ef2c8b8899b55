using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using ScenarioEdge.EdgeAgent.Wearables.Transport;

namespace ScenarioEdge.EdgeAgent.Wearables;

/// <summary>Registers the GATT client for registered wearables: roster, connector, connections, sample writer.</summary>
public static class WearablesExtensions
{
    public static IHostApplicationBuilder AddWearables(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddAgentCore();
        services.AddSingleton(sp => new WearableRoster(Registered(sp.GetRequiredService<IOptions<AgentOptions>>().Value.Wearables)));
        if (!builder.Configuration.GetValue($"{AgentOptions.Section}:Wearables:Enabled", true))
        {
            return builder;
        }

        services.AddSingleton<WearableStats>();
        services.AddSingleton<WearableSampleWriter>();
        services.AddSingleton<IAttConnector, LinuxAttConnector>();
        services.AddSingleton(sp => new WearableConnections(
            sp.GetRequiredService<WearableRoster>(),
            sp.GetRequiredService<IAttConnector>(),
            sp.GetRequiredService<WearableSampleWriter>(),
            sp.GetRequiredService<IOptions<AgentOptions>>().Value.Wearables,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<WearableStats>(),
            sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<WearableConnections>>(),
            sp.GetRequiredService<Health.AgentHealth>()));
        services.AddHostedService<WearableConnectionService>();
        return builder;
    }

    /// <summary>The configured devices (the validator has checked every address).</summary>
    internal static IEnumerable<WearableDevice> Registered(WearableOptions options) => options.Enabled
        ? options.Devices.Select(p => WearableAddress.TryParse(p.Value, out var address) ? new WearableDevice(p.Key, address) : null).OfType<WearableDevice>()
        : [];
}
