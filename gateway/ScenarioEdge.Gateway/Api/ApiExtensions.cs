using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using ScenarioEdge.Gateway.Security;

namespace ScenarioEdge.Gateway.Api;

public static class ApiExtensions
{
    /// <summary>Authentication (operator API keys, app install tokens), roles and the registration limit.</summary>
    public static IHostApplicationBuilder AddApi(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddAuthentication(BearerAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, BearerAuthenticationHandler>(BearerAuthenticationHandler.SchemeName, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Viewer, p => p.RequireRole("viewer"))
            .AddPolicy(Policies.Operator, p => p.RequireRole("operator"))
            .AddPolicy(Policies.Admin, p => p.RequireRole("admin"))
            .AddPolicy(Policies.Till, p => p.RequireAssertion(c => c.User.IsInRole("operator") || c.User.HasClaim(x => x.Type == BearerAuthenticationHandler.PosStoreClaim)))
            .AddPolicy(Policies.App, p => p.RequireClaim(BearerAuthenticationHandler.InstallClaim));
        var perMinute = builder.Configuration.GetValue($"{SecurityOptions.Section}:RegistrationsPerMinute", new SecurityOptions().RegistrationsPerMinute);
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(AppEndpoints.RegistrationLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        services.AddProblemDetails();
        return builder;
    }

    public static WebApplication MapApi(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.MapOperatorApi();
        app.MapShopperTags();
        app.MapAppApi();
        app.MapDeviceConfig();
        return app;
    }
}
