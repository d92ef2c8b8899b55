using System.Collections.Frozen;
using ScenarioEdge.Gateway.Identity;
using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Scenes;

/// <summary>
/// The scene engine's models of one <see cref="IdentitySnapshot"/>: shoppers' profiles (wearables, heart-rate
/// profile), store layouts and beacon placements, in frozen maps so the per-message lookups allocate nothing.
/// Derived once per snapshot and dropped with it: there is nothing here to invalidate. Consent is not read here but
/// from the snapshot's <see cref="ShopperIdentity"/>, the one copy every stage checks.
/// </summary>
public sealed class SceneModels
{
    private static readonly SnapshotView<SceneModels> View = new(s => new SceneModels(s));
    private readonly FrozenDictionary<string, ShopperProfile>.AlternateLookup<ReadOnlySpan<char>> _profiles;
    private readonly FrozenDictionary<string, StoreLayout> _stores;
    private readonly FrozenDictionary<string, BeaconPlacement> _beacons;

    private SceneModels(IdentitySnapshot snapshot)
    {
        _profiles = snapshot.ShopperRecords.Select(ShopperProfile.Of)
            .ToFrozenDictionary(p => p.Id, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _stores = snapshot.Stores.Values.ToFrozenDictionary(
            s => s.Id,
            s => StoreLayout.Of(
                s,
                snapshot.DevicesByStore.GetValueOrDefault(s.Id) ?? [],
                snapshot.Beacons.Where(b => string.Equals(b.Store, s.Id, StringComparison.Ordinal))),
            StringComparer.Ordinal);
        _beacons = Placements(snapshot.Beacons);
    }

    /// <summary>The models of <paramref name="snapshot"/>.</summary>
    public static SceneModels Of(IdentitySnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return snapshot.View(View);
    }

    /// <summary>The scene engine's profile of <paramref name="shopper"/>, a shopper of the same snapshot.</summary>
    public ShopperProfile Profile(ShopperIdentity shopper)
    {
        ArgumentNullException.ThrowIfNull(shopper);
        return _profiles.TryGetValue(shopper.ShopperId, out var profile)
            ? profile
            : throw new ArgumentException($"shopper '{shopper.ShopperId}' is not one of this snapshot's", nameof(shopper));
    }

    public StoreLayout? Store(string store) => _stores.GetValueOrDefault(store);

    /// <summary>The registered store beacon advertising as <paramref name="adv"/>, or null.</summary>
    public BeaconPlacement? Beacon(string adv) => _beacons.GetValueOrDefault(adv);

    // An advertiser id placed twice (two stores configured with the same beacon) cannot say where the phone is: the
    // provisioning refuses it; if it is there anyway, the first one in id order wins.
    private static FrozenDictionary<string, BeaconPlacement> Placements(IEnumerable<BeaconRecord> records) =>
        records.Select(b => (b.Adv, Placement: BeaconPlacement.Of(b)))
            .Where(x => x.Placement is not null)
            .DistinctBy(x => x.Adv, StringComparer.Ordinal)
            .ToFrozenDictionary(x => x.Adv, x => x.Placement!, StringComparer.Ordinal);
}
