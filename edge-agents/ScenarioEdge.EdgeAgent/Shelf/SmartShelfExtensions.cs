using System.Device.Gpio;
using Microsoft.Extensions.Options;
using ScenarioEdge.EdgeAgent.Config;
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
        builder.Services.AddAgentCore();
        var section = builder.Configuration.GetSection(ShelfOptions.Section);
        builder.Services.AddOptions<ShelfOptions>().Bind(section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<ShelfOptions>, ShelfOptionsValidator>();
        if (!section.GetValue<bool>(nameof(ShelfOptions.Enabled)))
        {
            return builder;
        }

        builder.Services.AddSingleton<Func<GpioController>>(_ => GpioPins.CreateController);
        builder.Services.AddSingleton(sp => new CalibrationStore(
            sp.GetRequiredService<IOptions<ShelfOptions>>().Value.DataDirectory ?? sp.GetRequiredService<IOptions<AgentOptions>>().Value.DataDirectory));
        builder.Services.AddSingleton(sp => new LaneSettings(sp.GetRequiredService<IOptions<ShelfOptions>>().Value.Lanes));
        builder.Services.AddSingleton<IDeviceConfigTarget>(sp => sp.GetRequiredService<LaneSettings>());

        // The retained device config carries the lanes; AddHostedService registers the service once even when BLE adds it too.
        builder.Services.AddHostedService<RemoteConfigService>();
        builder.Services.AddHostedService<ShelfService>();
        builder.Services.AddSingleton(sp => Options.Create(sp.GetRequiredService<IOptions<ShelfOptions>>().Value.Displays));
        builder.Services.AddSingleton<DisplayBoard>();
        builder.Services.AddHostedService<DisplaySubscriber>();
        builder.Services.AddSingleton<KioskServer>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<KioskServer>());
        return builder;
    }
}
