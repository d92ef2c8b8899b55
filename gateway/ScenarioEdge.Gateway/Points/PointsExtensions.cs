using ScenarioEdge.Gateway.Privacy;

namespace ScenarioEdge.Gateway.Points;

public static class PointsExtensions
{
    /// <summary>The points ledger, points for a coupon, the share-and-earn credit, and the ledger's part of export and erasure.</summary>
    public static IHostApplicationBuilder AddPoints(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<PointsOptions>().BindConfiguration(PointsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<PointsOwners>();
        services.AddSingleton<PointsLedger>();
        services.AddSingleton<PointsRedemptions>();
        services.AddSingleton<ShareRewards>();
        services.AddHostedService(sp => sp.GetRequiredService<ShareRewards>());
        services.AddSingleton<IShopperDataHolder, PointsDataHolder>();
        return builder;
    }

    public static WebApplication MapPoints(this WebApplication app)
    {
        app.MapPointsEndpoints();
        return app;
    }
}
