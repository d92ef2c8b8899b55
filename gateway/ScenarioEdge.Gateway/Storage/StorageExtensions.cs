using Microsoft.Extensions.Options;

namespace ScenarioEdge.Gateway.Storage;

public static class StorageExtensions
{
    /// <summary>The LiteDB file under <c>Gateway:DataDirectory</c>.</summary>
    public static IHostApplicationBuilder AddStorage(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ProvisioningChanges>();
        builder.Services.AddSingleton(sp => new GatewayDatabase(sp.GetRequiredService<IOptions<GatewayOptions>>().Value.DatabasePath));
        return builder;
    }
}
