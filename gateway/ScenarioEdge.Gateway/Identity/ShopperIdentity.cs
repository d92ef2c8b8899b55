namespace ScenarioEdge.Gateway.Identity;

/// <summary>
/// A resolved shopper: the pseudonymous id, the app installs to push to, the purposes consented to, and the segment
/// tags an operator assigned (null when none).
/// </summary>
public sealed record ShopperIdentity(string ShopperId, IReadOnlyList<string> Installs, IReadOnlySet<string> Consents, string[]? Tags = null)
{
    public bool HasConsent(string purpose) => Consents.Contains(purpose);
}
