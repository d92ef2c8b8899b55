using ScenarioEdge.Gateway.Privacy;

namespace ScenarioEdge.Gateway.Purchases;

public static class PurchaseExtensions
{
    /// <summary>Purchases from the points of sale, checkout codes, and their part of export and erasure.</summary>
    public static IHostApplicationBuilder AddPurchases(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<PurchaseBook>();
        services.AddSingleton<CheckoutCodes>();
        services.AddSingleton<PurchaseIntake>();
        services.AddSingleton<Ingest.IPurchaseIntake>(sp => sp.GetRequiredService<PurchaseIntake>());
        services.AddSingleton<IShopperDataHolder, PurchaseDataHolder>();
        services.AddSingleton<IShopperDataHolder, CheckoutCodeDataHolder>();
        return builder;
    }

    public static WebApplication MapPurchases(this WebApplication app)
    {
        app.MapPurchaseEndpoints();
        return app;
    }
}
