using Microsoft.Extensions.Options;
using ScenarioEdge.Gateway.Observability;

namespace ScenarioEdge.Gateway.Scenes;

public static class SceneExtensions
{
    /// <summary>The scene engine: options (validated at start), partitions, publisher and intake.</summary>
    public static IHostApplicationBuilder AddScenes(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        // One flat section, every concern bound from it (keys as before the split), each validated at start.
        AddPart<PresenceOptions>(services);
        AddPart<ZoneOptions>(services);
        AddPart<DwellOptions>(services);
        AddPart<ActivityOptions>(services);
        AddPart<RouteHabitOptions>(services);
        AddPart<SceneOptions>(services)
            .Configure<IOptions<PresenceOptions>, IOptions<ZoneOptions>, IOptions<DwellOptions>, IOptions<ActivityOptions>, IOptions<RouteHabitOptions>>(
                (o, presence, zones, dwell, activity, routes) =>
                {
                    o.Presence = presence.Value;
                    o.Zones = zones.Value;
                    o.Dwell = dwell.Value;
                    o.Activity = activity.Value;
                    o.Routes = routes.Value;
                });
        services.AddSingleton<MetricsRegistration>(SceneMetrics.Register);
        services.AddSingleton<MetricsRegistration>(sp => metrics => metrics.Gauge(
            "se_live_signals_shoppers", "Shoppers whose live signals (heart rate, cadence, distance) are held in memory.", () => sp.GetRequiredService<LiveSignals>().Shoppers));
        services.AddSingleton<StoreClocks>();
        services.AddSingleton<SceneChangeDispatcher>();
        services.AddSingleton<SceneBroadcaster>();
        services.AddHostedService(sp => sp.GetRequiredService<SceneBroadcaster>());
        // Registered before the engine: hosted services stop in reverse order, so the engine's last snapshot still finds the store.
        services.AddSingleton<RouteHabitStore>();
        services.AddHostedService(sp => sp.GetRequiredService<RouteHabitStore>());
        // The bound comes from the readers (Campaigns widens it to its freshness windows), not from a setting here.
        services.AddOptions<LiveSignalOptions>();
        services.AddSingleton<LiveSignals>();
        services.AddSingleton<SceneEngine>();
        services.AddHostedService(sp => sp.GetRequiredService<SceneEngine>());
        services.AddSingleton<SceneIntake>();
        return builder;
    }

    private static OptionsBuilder<T> AddPart<T>(IServiceCollection services)
        where T : class =>
        services.AddOptions<T>().BindConfiguration(SceneOptions.Section).ValidateDataAnnotations().ValidateOnStart();

    /// <summary><c>GET /api/shoppers/{id}/scenes[?limit=N]</c>: the shopper's scene timeline.</summary>
    public static WebApplication MapScenes(this WebApplication app)
    {
        // A shopper's timeline is shopper data: never anonymous (docs/security.md).
        var api = app.MapGroup("/api/shoppers").RequireAuthorization(Api.Policies.Viewer).WithTags("Scenes");
        api.MapGet("/{id}/scenes", SceneEndpoints.Timeline)
            .WithSummary("A shopper's scene timeline, newest last (?limit=1-1000, default 100)")
            .Produces<SceneTimelineResponse>();
        return app;
    }
}
