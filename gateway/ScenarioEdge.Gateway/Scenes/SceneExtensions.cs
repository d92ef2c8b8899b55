namespace ScenarioEdge.Gateway.Scenes;

public static class SceneExtensions
{
    /// <summary>The scene engine: options (validated at start), partitions, publisher and intake.</summary>
    public static IHostApplicationBuilder AddScenes(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<SceneOptions>().BindConfiguration(SceneOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<BeaconProvisioning>();
        services.AddSingleton<SceneChangeDispatcher>();
        services.AddSingleton<SceneBroadcaster>();
        services.AddHostedService(sp => sp.GetRequiredService<SceneBroadcaster>());
        // Registered before the engine: hosted services stop in reverse order, so the engine's last snapshot still finds the store.
        services.AddSingleton<RouteHabitStore>();
        services.AddHostedService(sp => sp.GetRequiredService<RouteHabitStore>());
        services.AddSingleton<SceneEngine>();
        services.AddHostedService(sp => sp.GetRequiredService<SceneEngine>());
        services.AddSingleton<SceneIntake>();
        return builder;
    }

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
