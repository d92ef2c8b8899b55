namespace ScenarioEdge.Gateway.Delivery;

public static class DeliveryExtensions
{
    /// <summary>
    /// Delivery: the channels a campaign message goes out on (app push, shelf display, the push provider's webhook,
    /// peers behind <see cref="IDeliveryChannel"/>), the push queue, ledger and sender, delivery receipts and the
    /// app's feedback. Registered after the campaign runtime, so the sender starts after the runtime and stops before it.
    /// </summary>
    public static IHostApplicationBuilder AddDelivery(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<DeliveryOptions>().BindConfiguration(DeliveryOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<FeedbackRecorder>();
        services.AddSingleton<PushQueue>();
        services.AddSingleton<PushLedger>();
        services.AddSingleton<IDeliveryChannel, AppPushChannel>();
        services.AddSingleton<IDeliveryChannel, ShelfDisplayChannel>();
        services.AddSingleton<IDeliveryChannel, Webhooks.WebhookChannel>();
        services.AddSingleton<DeliveryService>();
        services.AddHostedService(sp => sp.GetRequiredService<DeliveryService>());
        services.AddHostedService<PushReceipts>();
        return builder;
    }
}
