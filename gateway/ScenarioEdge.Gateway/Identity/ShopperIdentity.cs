namespace ScenarioEdge.Gateway.Identity;

/// <summary>A resolved shopper: the pseudonymous id, the app installs to push to, and the purposes consented to.</summary>
public sealed record ShopperIdentity(string ShopperId, IReadOnlyList<string> Installs, IReadOnlySet<string> Consents)
{
    public bool HasConsent(string purpose) => Consents.Contains(purpose);
}
