using Microsoft.Extensions.DependencyInjection.Extensions;
using ScenarioEdge.Gateway.Delivery;
using ScenarioEdge.Gateway.Privacy;
using ScenarioEdge.Gateway.Scenes;

namespace ScenarioEdge.Gateway.Campaigns;

public static class CampaignExtensions
{
    /// <summary>The campaign engine hosted (campaigns themselves come from <c>AddCampaignManagement</c>): trigger stream, runtime, decision log, and the delivery channels.</summary>
    public static IHostApplicationBuilder AddCampaigns(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<CampaignOptions>().BindConfiguration(CampaignOptions.Section).ValidateDataAnnotations()
            .Validate(o => o.Stores.Values.All(ValidQuietHours), "Gateway:Campaigns:Stores:{store}:QuietFrom and QuietTo must both be HH:mm, or both absent")
            .ValidateOnStart();
        services.AddOptions<DeliveryOptions>().BindConfiguration(DeliveryOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<StorePolicies>();
        services.AddSingleton<ShopperContexts>();
        services.AddSingleton<IShopperDataHolder, WhereaboutsDataHolder>();
        services.AddSingleton<LiveFacts>();
        services.AddSingleton<CampaignTriggers>();
        services.AddSingleton<SceneTriggerSource>();
        services.AddSingleton<ISceneChangeSink>(sp => sp.GetRequiredService<SceneTriggerSource>());
        services.AddSingleton<Purchases.IPurchaseSink, PurchaseTriggerSource>();
        services.AddSingleton<CampaignMessageComposer>();
        services.AddSingleton<CampaignRuntime>();
        services.AddHostedService(sp => sp.GetRequiredService<CampaignRuntime>());
        services.AddHostedService<Alerts.AlertTriggerSource>();
        services.AddSingleton<ShelfTriggerStage>();
        services.AddHostedService(sp => sp.GetRequiredService<ShelfTriggerStage>());
        services.AddSingleton<IShopperDataHolder, DecisionDataHolder>();

        services.AddSingleton<PushQueue>();
        services.AddSingleton<PushLedger>();
        services.AddSingleton<IDeliveryChannel, AppPushChannel>();
        services.AddSingleton<IDeliveryChannel, ShelfDisplayChannel>();
        services.AddSingleton<IDeliveryChannel, Delivery.Webhooks.WebhookChannel>();
        services.AddSingleton<DeliveryService>();
        services.AddHostedService(sp => sp.GetRequiredService<DeliveryService>());
        services.AddHostedService<PushReceipts>();
        return builder;
    }

    private static bool ValidQuietHours(StoreCampaignPolicy p) =>
        (p.QuietFrom is null && p.QuietTo is null)
        || (ScenarioEdge.Campaigns.Validation.LocalTimes.TryParseTime(p.QuietFrom, out _) && ScenarioEdge.Campaigns.Validation.LocalTimes.TryParseTime(p.QuietTo, out _));
}
