using System.Collections.Frozen;
using ScenarioEdge.Gateway.Identity;
using ScenarioEdge.Gateway.Ingest;
using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Scenes;

/// <summary>
/// What the scene engine needs to know about shoppers (consents, registered wearables, heart-rate profile) and
/// stores (zones with dwell thresholds and shelves, time zone, beacons placed in zones), read from LiteDB into frozen maps so the
/// per-message lookups allocate nothing. <see cref="Invalidate"/> after provisioning, consent or registration changes.
/// </summary>
public sealed class SceneDirectory
{
    private readonly GatewayDatabase database;
    private Snapshot? _snapshot;

    /// <summary>Follows the registries: any change of shoppers (consent, erasure) or devices drops the snapshot.</summary>
    public SceneDirectory(GatewayDatabase database, TokenResolver identities, DeviceRegistry devices)
    {
        this.database = database;
        identities.Changed += Invalidate;
        devices.Changed += Invalidate;
    }

    public ShopperProfile? ById(ReadOnlySpan<char> shopper) =>
        Current().Shoppers.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(shopper, out var p) ? p : null;

    public ShopperProfile? ByWearable(ReadOnlySpan<char> adv) =>
        Current().Wearables.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(adv, out var p) ? p : null;

    public StoreLayout? Store(string store) => Current().Stores.GetValueOrDefault(store);

    /// <summary>The registered store beacon advertising as <paramref name="adv"/>, or null.</summary>
    public BeaconPlacement? Beacon(string adv) => Current().Beacons.GetValueOrDefault(adv);

    public void Invalidate() => Volatile.Write(ref _snapshot, null);

    private Snapshot Current()
    {
        var snapshot = Volatile.Read(ref _snapshot);
        if (snapshot is not null)
        {
            return snapshot;
        }

        var shoppers = database.Shoppers.FindAll().Select(ShopperProfile.Of).ToList();
        var devices = database.Devices.FindAll().ToList();
        var beacons = database.Beacons.FindAll().ToList();
        var stores = database.Stores.FindAll().ToFrozenDictionary(
            s => s.Id,
            s => StoreLayout.Of(
                s,
                devices.Where(d => string.Equals(d.Store, s.Id, StringComparison.Ordinal)),
                beacons.Where(b => string.Equals(b.Store, s.Id, StringComparison.Ordinal))),
            StringComparer.Ordinal);
        snapshot = new Snapshot(
            shoppers.ToFrozenDictionary(p => p.Id, StringComparer.Ordinal),
            shoppers.SelectMany(p => p.Wearables.Select(w => (w, p))).DistinctBy(x => x.w, StringComparer.Ordinal).ToFrozenDictionary(x => x.w, x => x.p, StringComparer.Ordinal),
            stores,
            Beacons(beacons));
        Volatile.Write(ref _snapshot, snapshot);
        return snapshot;
    }

    private sealed record Snapshot(
        FrozenDictionary<string, ShopperProfile> Shoppers,
        FrozenDictionary<string, ShopperProfile> Wearables,
        FrozenDictionary<string, StoreLayout> Stores,
        FrozenDictionary<string, BeaconPlacement> Beacons);

    // An advertiser id placed twice (two stores configured with the same beacon) cannot say where the phone is: the
    // provisioning refuses it; if it is there anyway, the first one in id order wins.
    private static FrozenDictionary<string, BeaconPlacement> Beacons(IEnumerable<BeaconRecord> records) =>
        records.OrderBy(b => b.Id, StringComparer.Ordinal)
            .Select(b => (b.Adv, Placement: BeaconPlacement.Of(b)))
            .Where(x => x.Placement is not null)
            .DistinctBy(x => x.Adv, StringComparer.Ordinal)
            .ToFrozenDictionary(x => x.Adv, x => x.Placement!, StringComparer.Ordinal);
}
