namespace ScenarioEdge.Gateway.Delivery.Webhooks;

public static class WebhookExtensions
{
    /// <summary>The push provider's webhook sender (<c>Gateway:Webhook</c>), a standalone peer for the delivery seam.</summary>
    public static IHostApplicationBuilder AddWebhooks(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<WebhookOptions>().BindConfiguration(WebhookOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<WebhookSender>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<WebhookSender>());
        return builder;
    }
}
