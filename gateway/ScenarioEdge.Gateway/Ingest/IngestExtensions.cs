using ScenarioEdge.Gateway.Observability;

namespace ScenarioEdge.Gateway.Ingest;

public static class IngestExtensions
{
    /// <summary>Ingest: duplicate filter, event-time bound and the pipeline.</summary>
    public static IHostApplicationBuilder AddIngest(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<MetricsRegistration>(RejectMetrics.Register);
        services.AddSingleton<DuplicateFilter>();
        services.AddSingleton<EventTimeBound>();
        services.AddSingleton<IngestPipeline>();
        return builder;
    }
}
