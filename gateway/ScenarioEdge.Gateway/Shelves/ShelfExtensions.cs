using ScenarioEdge.Gateway.Presence;

namespace ScenarioEdge.Gateway.Shelves;

public static class ShelfExtensions
{
    /// <summary>The shelf offer stage: shelf events → nearest display's content and a push after a put-back.</summary>
    public static IHostApplicationBuilder AddShelves(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<ShelfOfferOptions>().BindConfiguration(ShelfOfferOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<OfferCatalogue>();
        services.AddSingleton<ShelfEventQueue>();
        services.AddSingleton<ZoneOccupancy>();
        services.AddSingleton<IPresenceSink>(sp => sp.GetRequiredService<ZoneOccupancy>());
        services.AddSingleton<ShelfOfferStage>();
        services.AddHostedService(sp => sp.GetRequiredService<ShelfOfferStage>());
        return builder;
    }
}
