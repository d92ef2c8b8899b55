using ScenarioEdge.Gateway.Campaigns;
using ScenarioEdge.Gateway.Privacy;

namespace ScenarioEdge.Gateway.Experiments;

public static class ExperimentExtensions
{
    /// <summary>
    /// Sticky assignment, the global control group, exposures and the funnel (docs/experiments.md). Registered before
    /// <c>AddCampaigns</c>: its writer reads the assignments back before the runtime decides, and writes last at stop.
    /// </summary>
    public static IHostApplicationBuilder AddExperiments(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<ExperimentOptions>().BindConfiguration(ExperimentOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ArmAssignments>();
        services.AddSingleton<JourneyBook>();
        services.AddSingleton<ExperimentUnits>();
        services.AddSingleton<ExperimentDesigns>();
        services.AddSingleton<ExposureLog>();
        services.AddSingleton<IExposureLog>(sp => sp.GetRequiredService<ExposureLog>());
        services.AddHostedService<JourneyWriter>();
        services.AddHostedService<JourneyFunnel>();
        services.AddSingleton<PromotedProducts>();
        services.AddSingleton<VersionTerms>();
        services.AddSingleton<Purchases.IPurchaseSink, JourneyAttribution>();
        services.AddSingleton<IShopperDataHolder, JourneyDataHolder>();
        services.AddSingleton<ExperimentReports>();
        services.AddSingleton<CouponBudgetProjection>();
        services.AddSingleton<ExperimentAlertBoard>();
        services.AddSingleton<IOperatorRecordHolder>(sp => sp.GetRequiredService<ExperimentAlertBoard>());
        services.AddSingleton<ExperimentAlertMonitor>();
        services.AddHostedService(sp => sp.GetRequiredService<ExperimentAlertMonitor>());
        return builder;
    }

    /// <summary>The report, feedback and experiment alert endpoints.</summary>
    public static WebApplication MapExperiments(this WebApplication app)
    {
        app.MapExperimentReports();
        return app;
    }
}
