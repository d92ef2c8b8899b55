namespace ScenarioEdge.Gateway.Identity;

public static class IdentityExtensions
{
    /// <summary>The identity directory every stage reads devices, shoppers, consents, stores and beacons from.</summary>
    public static IHostApplicationBuilder AddIdentity(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IdentityDirectory>();
        return builder;
    }
}
