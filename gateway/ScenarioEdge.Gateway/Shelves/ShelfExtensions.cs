using ScenarioEdge.Gateway.Scenes;

namespace ScenarioEdge.Gateway.Shelves;

public static class ShelfExtensions
{
    /// <summary>Shelves: their event queue, offers by product and who stands in which zone.</summary>
    public static IHostApplicationBuilder AddShelves(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<ShelfOptions>().BindConfiguration(ShelfOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<OfferCatalogue>();
        services.AddSingleton<ShelfEventQueue>();
        services.AddSingleton<ZoneOccupancy>();
        services.AddSingleton<ISceneChangeSink>(sp => sp.GetRequiredService<ZoneOccupancy>());
        return builder;
    }
}
