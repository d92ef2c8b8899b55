using ScenarioEdge.Gateway.Campaigns;
using ScenarioEdge.Gateway.Privacy;

namespace ScenarioEdge.Gateway.Coupons;

public static class CouponExtensions
{
    /// <summary>
    /// Coupon definitions (API and watched folder), the ledger that issues for the campaign runtime, redemption, and
    /// the ledger's part of export and erasure. Add it before the campaign management, so that its folder is read
    /// before the campaign folder names its coupons.
    /// </summary>
    public static IHostApplicationBuilder AddCoupons(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<CouponOptions>().BindConfiguration(CouponOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<CouponDefinitions>();
        services.AddSingleton<CouponOwners>();
        services.AddSingleton<CouponStore>();
        services.AddSingleton<CouponLedger>();
        services.AddSingleton<PosRedemptions>();
        services.AddSingleton<Ingest.IRedemptionIntake>(sp => sp.GetRequiredService<PosRedemptions>());
        services.AddSingleton<PosAnswerQueue>();
        services.AddHostedService<PosAnswerPublisher>();
        services.AddSingleton<ICouponIssuer>(sp => sp.GetRequiredService<CouponLedger>());
        services.AddSingleton<CouponFolder>();
        services.AddHostedService<CouponFolderWatcher>();
        services.AddSingleton<IShopperDataHolder, CouponDataHolder>();
        return builder;
    }

    public static WebApplication MapCoupons(this WebApplication app)
    {
        app.MapCouponEndpoints();
        app.MapRedemptionEndpoints();
        return app;
    }
}
