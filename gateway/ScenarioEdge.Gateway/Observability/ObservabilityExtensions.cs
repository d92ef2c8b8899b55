using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ScenarioEdge.Gateway.Observability;

/// <summary>Health (liveness, readiness with the storage check and those other folders add, such as the broker's) and Prometheus metrics.</summary>
public static class ObservabilityExtensions
{
    /// <summary>The tag of the health checks <c>/health/ready</c> runs; a folder adding its own check tags it so.</summary>
    public const string Ready = "ready";

    public static IHostApplicationBuilder AddObservability(this IHostApplicationBuilder builder)
    {
        builder.Services.AddMetrics();
        builder.Services.AddSingleton(sp =>
        {
            var metrics = new GatewayMetrics(sp.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>());
            foreach (var register in sp.GetServices<MetricsRegistration>())
            {
                register(metrics);
            }

            return metrics;
        });
        builder.Services.AddSingleton<RefusalLog>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<RefusalLog>());
        builder.Services.AddHealthChecks()
            .AddCheck<StorageHealthCheck>("storage", tags: [Ready]);
        return builder;
    }

    public static WebApplication MapObservability(this WebApplication app)
    {
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = WriteJsonAsync })
            .WithHealthDocs("Health: the broker and storage checks, each with its status and description");
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteJsonAsync })
            .WithHealthDocs("Liveness: the process answers (runs no check)");
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(Ready), ResponseWriter = WriteJsonAsync })
            .WithHealthDocs("Readiness: the broker and storage checks");
        app.MapGet("/metrics", (GatewayMetrics metrics, HttpContext context) => WriteMetricsAsync(metrics, context))
            .RequireAuthorization(Api.Policies.Viewer)
            .WithSummary("Prometheus metrics (text exposition format 0.0.4)").WithTags("Observability")
            .Produces<string>(StatusCodes.Status200OK, "text/plain");
        return app;
    }

    /// <summary>Health checks are not route handlers: the document lists them from this metadata.</summary>
    private static IEndpointConventionBuilder WithHealthDocs(this IEndpointConventionBuilder endpoint, string summary) =>
        endpoint.WithSummary(summary).WithTags("Observability").WithMetadata(
            new ProducesResponseTypeMetadata(StatusCodes.Status200OK, null, ["application/json"]),
            new ProducesResponseTypeMetadata(StatusCodes.Status503ServiceUnavailable, null, ["application/json"]) { Description = "a check is unhealthy; the body names it" });

    private static Task WriteMetricsAsync(GatewayMetrics metrics, HttpContext context)
    {
        context.Response.ContentType = "text/plain; version=0.0.4; charset=utf-8";
        return metrics.WriteAsync(context.Response.Body, context.RequestAborted);
    }

    private static Task WriteJsonAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = new Dictionary<string, object>
        {
            ["status"] = report.Status.ToString(),
            ["checks"] = report.Entries.ToDictionary(
                e => e.Key,
                e => new Dictionary<string, string?> { ["status"] = e.Value.Status.ToString(), ["description"] = e.Value.Description }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, HealthJsonContext.Default.DictionaryStringObject));
    }
}
