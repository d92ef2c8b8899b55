using System.Collections.Frozen;
using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Scenes;

/// <summary>A shopper as the scene engine sees it: consents, registered wearables and heart-rate profile (NaN when unknown).</summary>
public sealed record ShopperProfile(string Id, FrozenSet<string> Consents, IReadOnlyList<string> Wearables, double RestingHeartRate, double MaxHeartRate)
{
    public bool HasConsent(string purpose) => Consents.Contains(purpose);

    internal static ShopperProfile Of(ShopperRecord s) => new(
        s.Id,
        s.Consents.ToFrozenSet(StringComparer.Ordinal),
        s.Wearables,
        s.RestingHeartRateBpm ?? double.NaN,
        s.MaxHeartRateBpm ?? double.NaN);
}
