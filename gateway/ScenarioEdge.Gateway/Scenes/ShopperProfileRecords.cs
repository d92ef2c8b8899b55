using System.Collections.Frozen;
using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Scenes;

/// <summary>The edge between LiteDB and the scene model for shoppers.</summary>
public static class ShopperProfileRecords
{
    extension(ShopperProfile)
    {
        /// <summary>A stored shopper as the scene engine sees it.</summary>
        public static ShopperProfile Of(ShopperRecord s)
        {
            ArgumentNullException.ThrowIfNull(s);
            return new(
                s.Id,
                s.Consents.ToFrozenSet(StringComparer.Ordinal),
                s.Wearables,
                s.RestingHeartRateBpm ?? double.NaN,
                s.MaxHeartRateBpm ?? double.NaN);
        }
    }
}
