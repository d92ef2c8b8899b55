using System.Collections.Concurrent;
using System.Collections.Frozen;
using ScenarioEdge.Gateway.Storage;
using ScenarioEdge.Protocol;

namespace ScenarioEdge.Gateway.Identity;

/// <summary>
/// One generation of the <see cref="IdentityDirectory"/>: everything read from LiteDB at once into frozen maps whose
/// span lookups allocate nothing. Immutable; what is derived from it (token maps per rotation counter, the scene
/// engine's models) is derived lazily, once, and dropped with it.
/// </summary>
public sealed class IdentitySnapshot
{
    private readonly FrozenDictionary<string, FrozenDictionary<string, DeviceRecord>.AlternateLookup<ReadOnlySpan<char>>>.AlternateLookup<ReadOnlySpan<char>> _devices;
    private readonly FrozenDictionary<string, AppInstall>.AlternateLookup<ReadOnlySpan<char>> _installs;
    private readonly FrozenDictionary<string, ShopperIdentity>.AlternateLookup<ReadOnlySpan<char>> _shoppers;
    private readonly FrozenDictionary<string, ShopperIdentity>.AlternateLookup<ReadOnlySpan<char>> _wearables;
    private readonly TokenMaps _tokens;
    private readonly ConcurrentDictionary<object, object> _views = new();
    private readonly Lock _viewBuild = new();

    private IdentitySnapshot(long generation, List<ShopperRecord> shoppers, List<DeviceRecord> devices, List<StoreRecord> stores, List<BeaconRecord> beacons)
    {
        Generation = generation;
        ShopperRecords = shoppers;
        Stores = stores.ToFrozenDictionary(s => s.Id, StringComparer.Ordinal);
        DevicesByStore = devices.GroupBy(d => d.Store, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<DeviceRecord>)[.. g], StringComparer.Ordinal);
        // Id order: a beacon placed twice (provisioning refuses it) resolves to the same placement every time.
        Beacons = [.. beacons.OrderBy(b => b.Id, StringComparer.Ordinal)];
        _devices = DevicesByStore.ToFrozenDictionary(
            s => s.Key,
            s => s.Value.ToFrozenDictionary(d => d.Device, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>(),
            StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        var identities = shoppers.Select(s => (Record: s, Identity: new ShopperIdentity(s.Id, s.Installs, s.Consents.ToFrozenSet(StringComparer.Ordinal), s.Tags is { Count: > 0 } tags ? [.. tags] : null))).ToList();
        _shoppers = identities.ToFrozenDictionary(x => x.Record.Id, x => x.Identity, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _installs = identities.SelectMany(x => x.Record.Installs.Select(i => new AppInstall(i, x.Identity)))
            .DistinctBy(a => a.Install, StringComparer.Ordinal)
            .ToFrozenDictionary(a => a.Install, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        // Registration refuses a wearable that is another's; should two claim one anyway, the first registered keeps it.
        _wearables = identities.SelectMany(x => x.Record.Wearables.Select(w => (Adv: w, x.Identity)))
            .DistinctBy(x => x.Adv, StringComparer.Ordinal)
            .ToFrozenDictionary(x => x.Adv, x => x.Identity, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _tokens = new TokenMaps([.. identities.Where(x => x.Record.TokenKey.Length == ShopperTokens.Length).Select(x => (x.Record.TokenKey, x.Identity))]);
    }

    /// <summary>The directory's generation this snapshot was read in.</summary>
    public long Generation { get; }

    /// <summary>Every shopper as stored (for models derived from the snapshot; never changed).</summary>
    public IReadOnlyList<ShopperRecord> ShopperRecords { get; }

    /// <summary>Every store by id.</summary>
    public FrozenDictionary<string, StoreRecord> Stores { get; }

    /// <summary>Every device of each store, by store id.</summary>
    public FrozenDictionary<string, IReadOnlyList<DeviceRecord>> DevicesByStore { get; }

    /// <summary>Every registered store beacon, in id order.</summary>
    public IReadOnlyList<BeaconRecord> Beacons { get; }

    /// <summary>The provisioned device <paramref name="device"/> of <paramref name="store"/> (revoked ones too).</summary>
    public bool TryGetDevice(ReadOnlySpan<char> store, ReadOnlySpan<char> device, out DeviceRecord record)
    {
        record = null!;
        return _devices.TryGetValue(store, out var devices) && devices.TryGetValue(device, out record!);
    }

    /// <summary>The registered app install and the shopper it belongs to; false when unknown or erased.</summary>
    public bool TryGetInstall(ReadOnlySpan<char> install, out AppInstall entry) => _installs.TryGetValue(install, out entry);

    /// <summary>The shopper with id <paramref name="shopper"/>, with the consents it holds; null when unknown or erased.</summary>
    public ShopperIdentity? Shopper(ReadOnlySpan<char> shopper) => _shoppers.TryGetValue(shopper, out var identity) ? identity : null;

    /// <summary>The shopper whose app registered wearable <paramref name="adv"/>; null when nobody did.</summary>
    public ShopperIdentity? ByWearable(ReadOnlySpan<char> adv) => _wearables.TryGetValue(adv, out var identity) ? identity : null;

    /// <summary>The shopper whose rotating token <paramref name="tokenHex"/> was seen at <paramref name="eventTime"/>; null when it is nobody we know.</summary>
    public ShopperIdentity? Resolve(ReadOnlySpan<char> tokenHex, DateTimeOffset eventTime) => _tokens.Resolve(tokenHex, eventTime);

    /// <summary>The model <paramref name="view"/> derives from this snapshot: derived on first use, once, and kept with the snapshot.</summary>
    public T View<T>(SnapshotView<T> view)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(view);
        return _views.TryGetValue(view, out var model) ? (T)model : Derive(view);
    }

    // Apart from the lookup, whose every call would otherwise allocate this lambda's closure.
    private T Derive<T>(SnapshotView<T> view)
        where T : class
    {
        lock (_viewBuild)
        {
            return (T)_views.GetOrAdd(view, _ => view.Derive(this));
        }
    }

    internal static IdentitySnapshot Read(GatewayDatabase database, long generation) => new(
        generation,
        [.. database.Shoppers.FindAll()],
        [.. database.Devices.FindAll()],
        [.. database.Stores.FindAll()],
        [.. database.Beacons.FindAll()]);
}
