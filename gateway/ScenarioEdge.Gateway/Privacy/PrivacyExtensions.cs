namespace ScenarioEdge.Gateway.Privacy;

public static class PrivacyExtensions
{
    /// <summary>
    /// Export, erasure and consent withdrawal over every data holder, and retention. A folder that keeps shopper data
    /// elsewhere registers its own <see cref="IShopperDataHolder"/> (the campaign decisions do).
    /// </summary>
    public static IHostApplicationBuilder AddPrivacy(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<ShopperPrivacy>();
        services.AddSingleton<IShopperDataHolder, PushDataHolder>();
        services.AddSingleton<IShopperDataHolder, PresenceDataHolder>();
        services.AddSingleton<IShopperDataHolder, SceneDataHolder>();
        services.AddSingleton<IShopperDataHolder, RouteHabitDataHolder>();
        services.AddSingleton<IShopperDataHolder, WebhookDataHolder>();
        services.AddOptions<RetentionOptions>().BindConfiguration(RetentionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<RetentionService>();
        services.AddHostedService(sp => sp.GetRequiredService<RetentionService>());
        return builder;
    }
}
