using ScenarioEdge.Gateway.Delivery;
using ScenarioEdge.Gateway.Presence;

namespace ScenarioEdge.Gateway.Campaigns;

public static class CampaignExtensions
{
    /// <summary>The campaign rules and the delivery of their pushes.</summary>
    public static IHostApplicationBuilder AddCampaigns(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<WelcomeOptions>().BindConfiguration(WelcomeOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<DeliveryOptions>().BindConfiguration(DeliveryOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<PushQueue>();
        services.AddSingleton<PushLedger>();
        services.AddSingleton<WelcomeCampaign>();
        services.AddSingleton<IPresenceSink>(sp => sp.GetRequiredService<WelcomeCampaign>());
        services.AddSingleton<DeliveryService>();
        services.AddHostedService(sp => sp.GetRequiredService<DeliveryService>());
        services.AddHostedService<PushReceipts>();
        return builder;
    }
}
