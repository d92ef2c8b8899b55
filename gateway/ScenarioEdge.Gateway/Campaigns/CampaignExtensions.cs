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
        services.AddSingleton<DeliveryChannel>();
        services.AddSingleton<WelcomeCampaign>();
        services.AddSingleton<IPresenceSink>(sp => sp.GetRequiredService<WelcomeCampaign>());
        services.AddHostedService<DeliveryService>();
        return builder;
    }
}
