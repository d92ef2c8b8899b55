
namespace ScenarioEdge.Gateway.Demo;

public static class DemoExtensions
{
    /// <summary>What <c>--demo</c> sets, below anything given on the command line or in the environment.</summary>
    public static IReadOnlyDictionary<string, string?> DemoDefaults { get; } = new Dictionary<string, string?>
    {
        ["Demo:Enabled"] = "true",
        // The demo store's campaigns (docs/campaigns, copied beside the gateway).
        ["Gateway:Campaigns:Folder"] = Path.Combine(AppContext.BaseDirectory, "campaigns"),
    };

    public static IHostApplicationBuilder AddDemo(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.Section);
        builder.Services.AddHostedService<StartupBanner>();
        if (builder.Configuration.GetValue<bool>("Demo:Enabled"))
        {
            builder.Services.AddHostedService<DemoService>();
        }

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
