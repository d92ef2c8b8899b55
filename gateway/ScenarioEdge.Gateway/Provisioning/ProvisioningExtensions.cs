namespace ScenarioEdge.Gateway.Provisioning;

public static class ProvisioningExtensions
{
    /// <summary>Scenario provisioning with its beacon and shelf parts (the API's <c>POST /api/scenario</c> and the tools).</summary>
    public static IHostApplicationBuilder AddProvisioning(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<BeaconProvisioning>();
        services.AddSingleton<ShelfProvisioning>();
        services.AddSingleton<ScenarioProvisioning>();
        return builder;
    }
}
