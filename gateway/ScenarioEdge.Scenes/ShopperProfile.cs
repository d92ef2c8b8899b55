using System.Collections.Frozen;

namespace ScenarioEdge.Scenes;

/// <summary>A shopper as the scene engine sees it: consents, registered wearables and heart-rate profile (NaN when unknown).</summary>
public sealed record ShopperProfile(string Id, FrozenSet<string> Consents, IReadOnlyList<string> Wearables, double RestingHeartRate, double MaxHeartRate)
{
    public bool HasConsent(string purpose) => Consents.Contains(purpose);
}
