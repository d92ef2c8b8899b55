using System.Device.Gpio;
using Microsoft.Extensions.Options;
using ScenarioEdge.EdgeAgent.Display;
using ScenarioEdge.EdgeAgent.Gpio;

namespace ScenarioEdge.EdgeAgent.Shelf;

/// <summary>Registers the smart shelf (load cells, presence sensors) and the shelf displays' kiosk.</summary>
public static class SmartShelfExtensions
{
    /// <summary>
    /// Adds the shelf when <c>Shelf:Enabled</c> is true. Needs an <see cref="Publishing.IEdgeLink"/> (registered by
    /// the publishing feature) and a <see cref="TimeProvider"/>.
    /// </summary>
    public static IHostApplicationBuilder AddSmartShelf(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var section = builder.Configuration.GetSection(ShelfOptions.Section);
        builder.Services.AddOptions<ShelfOptions>().Bind(section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<ShelfOptions>, ShelfOptionsValidator>();
        if (!section.GetValue<bool>(nameof(ShelfOptions.Enabled)))
        {
            return builder;
        }

        builder.Services.AddSingleton<Func<GpioController>>(_ => GpioPins.CreateController);
        builder.Services.AddSingleton(sp => new CalibrationStore(sp.GetRequiredService<IOptions<ShelfOptions>>().Value.DataDirectory));
        builder.Services.AddHostedService<ShelfService>();
        builder.Services.AddSingleton(sp => Options.Create(sp.GetRequiredService<IOptions<ShelfOptions>>().Value.Displays));
        builder.Services.AddSingleton<DisplayBoard>();
        builder.Services.AddHostedService<DisplaySubscriber>();
        builder.Services.AddSingleton<KioskServer>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<KioskServer>());
        return builder;
    }
}
