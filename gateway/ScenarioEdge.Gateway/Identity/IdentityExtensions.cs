namespace ScenarioEdge.Gateway.Identity;

public static class IdentityExtensions
{
    /// <summary>The identity directory every stage reads devices, shoppers, consents, stores and beacons from, and the consent ledger.</summary>
    public static IHostApplicationBuilder AddIdentity(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IdentityDirectory>();
        builder.Services.AddSingleton<ConsentLedger>();
        return builder;
    }
}
