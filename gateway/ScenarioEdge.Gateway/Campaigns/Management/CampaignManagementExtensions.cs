using Microsoft.Extensions.DependencyInjection.Extensions;
using ScenarioEdge.Campaigns.Compilation;
using ScenarioEdge.Campaigns.Validation;
using ScenarioEdge.Gateway.Campaigns.Alerts;

namespace ScenarioEdge.Gateway.Campaigns.Management;

public static class CampaignManagementExtensions
{
    /// <summary>The campaign store and catalog, the running set restored at start, the watched folder and the alert board.</summary>
    public static IHostApplicationBuilder AddCampaignManagement(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<CampaignCatalog>();
        services.AddSingleton<ICampaignCatalog>(sp => sp.GetRequiredService<CampaignCatalog>());
        services.TryAddSingleton(sp => new ActiveCampaigns(sp.GetRequiredService<ICampaignCatalog>()));
        services.TryAddSingleton<ICampaignCounters, CampaignCounters>();
        services.AddSingleton<CampaignStore>();
        // Hosted services start in this order, before the HTTP and MQTT listeners: stored campaigns first, then the folder.
        services.AddHostedService<CampaignRestore>();
        services.AddCampaignFolderWatch();
        services.AddOptions<AlertOptions>().BindConfiguration(AlertOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<AlertBoard>();
        services.AddSingleton<Privacy.IOperatorRecordHolder>(sp => sp.GetRequiredService<AlertBoard>());
        return builder;
    }

    /// <summary>
    /// The watched campaign folder (<c>Gateway:Campaigns:Folder</c>): the one line that replaces a one-shot start-up
    /// loader of the same folder.
    /// </summary>
    public static IServiceCollection AddCampaignFolderWatch(this IServiceCollection services)
    {
        services.AddOptions<CampaignFolderOptions>().BindConfiguration(CampaignFolderOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<CampaignFolderSync>();
        services.AddHostedService<CampaignFolderWatcher>();
        return services;
    }

    public static WebApplication MapCampaignManagement(this WebApplication app)
    {
        app.MapCampaignEndpoints();
        app.MapAlertEndpoints();
        return app;
    }
}
