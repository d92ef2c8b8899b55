namespace ScenarioEdge.Gateway.Security;

public static class SecurityExtensions
{
    /// <summary>Operator API keys, app install tokens, MQTT authentication, the failed-login throttle and the per-client rate limits.</summary>
    public static IHostApplicationBuilder AddSecurity(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<SecurityOptions>().BindConfiguration(SecurityOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ApiKeys>();
        services.AddSingleton<InstallTokens>();
        services.AddSingleton<MqttAuthenticator>();
        services.AddSingleton<LoginThrottle>();
        services.AddSingleton<RateLimits>();
        return builder;
    }
}
