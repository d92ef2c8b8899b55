
namespace ScenarioEdge.Gateway.Demo;

/// <summary>The startup banner and the index page; the demo's simulated store is the demo host's (simulator/ScenarioEdge.Demo).</summary>
public static class DemoExtensions
{
    public static IHostApplicationBuilder AddDemo(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.Section);
        builder.Services.AddHostedService<StartupBanner>();

        return builder;
    }

    public static WebApplication MapDemo(this WebApplication app)
    {
        app.MapGet("/", () => Results.Text(
            "ScenarioEdge gateway\n\nGET /health       liveness and readiness (broker, storage)\nGET /metrics      Prometheus metrics\n",
            "text/plain; charset=utf-8"))
            .WithTags("Gateway")
            .WithSummary("The gateway's index: where health and metrics are")
            .Produces<string>(StatusCodes.Status200OK, "text/plain");
        return app;
    }
}
