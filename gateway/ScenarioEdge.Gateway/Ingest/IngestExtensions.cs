using ScenarioEdge.Gateway.Delivery;
using ScenarioEdge.Gateway.Provisioning;

namespace ScenarioEdge.Gateway.Ingest;

public static class IngestExtensions
{
    /// <summary>Ingest, with the provisioning it reads from.</summary>
    public static IHostApplicationBuilder AddIngest(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<DuplicateFilter>();
        services.AddSingleton<StoreClocks>();
        services.AddSingleton<EventTimeBound>();
        services.AddSingleton<FeedbackRecorder>();
        services.AddSingleton<IngestPipeline>();
        services.AddSingleton<ScenarioProvisioning>();
        return builder;
    }
}
