using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ScenarioEdge.Gateway.Privacy;
using ScenarioEdge.Gateway.Scenes;

namespace ScenarioEdge.Gateway.Campaigns;

public static class CampaignExtensions
{
    /// <summary>The campaign engine hosted (campaigns themselves come from <c>AddCampaignManagement</c>): trigger stream, runtime and decision log (the channels it sends on come from <c>AddDelivery</c>).</summary>
    public static IHostApplicationBuilder AddCampaigns(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<CampaignOptions>().BindConfiguration(CampaignOptions.Section).ValidateDataAnnotations()
            .Validate(o => o.Stores.Values.All(ValidQuietHours), "Gateway:Campaigns:Stores:{store}:QuietFrom and QuietTo must both be HH:mm, or both absent")
            .ValidateOnStart();
        services.AddSingleton<StorePolicies>();
        services.AddSingleton<ShopperContexts>();
        services.AddSingleton<IShopperDataHolder, WhereaboutsDataHolder>();
        services.AddSingleton<LiveFacts>();
        // Live signals are kept as long as the campaigns may still read them, and no longer.
        services.AddOptions<LiveSignalOptions>().Configure<IOptions<CampaignOptions>>((o, c) => o.Cover(c.Value.VitalsFreshFor).Cover(c.Value.DistanceFreshFor));
        services.AddSingleton<CampaignTriggers>();
        services.AddSingleton<LateFactsReevaluation>();
        services.AddSingleton<ILiveFactSink>(sp => sp.GetRequiredService<LateFactsReevaluation>());
        services.AddSingleton<Observability.MetricsRegistration>(ReevaluationMetrics.Register);
        services.AddSingleton<SceneTriggerSource>();
        services.AddSingleton<ISceneChangeSink>(sp => sp.GetRequiredService<SceneTriggerSource>());
        services.AddSingleton<PurchaseTriggerSource>();
        services.AddSingleton<Purchases.IPurchaseSink>(sp => sp.GetRequiredService<PurchaseTriggerSource>());
        services.AddSingleton<CampaignMessageComposer>();
        services.AddSingleton<CampaignRuntime>();
        services.AddHostedService(sp => sp.GetRequiredService<CampaignRuntime>());
        // After the runtime: it decides the triggers kept at a graceful stop first.
        services.AddHostedService<PendingPurchaseTriggers>();
        services.AddHostedService<Alerts.AlertTriggerSource>();
        services.AddSingleton<ShelfTriggerStage>();
        services.AddHostedService(sp => sp.GetRequiredService<ShelfTriggerStage>());
        services.AddSingleton<IShopperDataHolder, DecisionDataHolder>();
        return builder;
    }

    private static bool ValidQuietHours(StoreCampaignPolicy p) =>
        (p.QuietFrom is null && p.QuietTo is null)
        || (ScenarioEdge.Campaigns.Validation.LocalTimes.TryParseTime(p.QuietFrom, out _) && ScenarioEdge.Campaigns.Validation.LocalTimes.TryParseTime(p.QuietTo, out _));
}
