using ScenarioEdge.Gateway.Delivery;
using ScenarioEdge.Gateway.Identity;
using ScenarioEdge.Gateway.Provisioning;

namespace ScenarioEdge.Gateway.Ingest;

public static class IngestExtensions
{
    /// <summary>Ingest, identity resolution, with the provisioning they read from.</summary>
    public static IHostApplicationBuilder AddIngest(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<DeviceRegistry>();
        services.AddSingleton<TokenResolver>();
        services.AddSingleton<DuplicateFilter>();
        services.AddSingleton<StoreClocks>();
        services.AddSingleton<EventTimeBound>();
        services.AddSingleton<FeedbackRecorder>();
        services.AddSingleton<IngestPipeline>();
        services.AddSingleton<ScenarioProvisioning>();
        return builder;
    }
}
