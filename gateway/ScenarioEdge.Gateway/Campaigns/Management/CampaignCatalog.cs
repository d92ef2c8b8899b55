using ScenarioEdge.Campaigns.Validation;
using Microsoft.Extensions.Options;
using ScenarioEdge.Gateway.Shelves;
using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Campaigns.Management;

/// <summary>
/// What campaigns may refer to, read from the provisioned stores, devices and offers in LiteDB: one snapshot, read
/// lazily and tagged with the provisioning generation it was read under, so it is read again after every change
/// (<see cref="ProvisioningChanges"/>); a campaign naming a store,
/// zone, shelf or display that is not provisioned is refused at validation.
/// </summary>
public sealed class CampaignCatalog : ICampaignCatalog
{
    private readonly GatewayDatabase _db;
    private readonly IOptionsMonitor<ShelfOptions> _shelves;
    private HeldSnapshot? _snapshot;
    private long _generation;

    public CampaignCatalog(GatewayDatabase db, ProvisioningChanges changes, IOptionsMonitor<ShelfOptions> shelves)
    {
        ArgumentNullException.ThrowIfNull(changes);
        _db = db;
        _shelves = shelves;
        changes.Changed += () =>
        {
            Interlocked.Increment(ref _generation);
            Changed?.Invoke();
        };
    }

    /// <summary>Raised after provisioning changed: the active set is rebuilt so "*" campaigns reach new stores.</summary>
    public event Action? Changed;

    public IReadOnlyCollection<string> Stores => Snapshot.Stores.Keys;

    public TimeZoneInfo? TimeZoneOf(string store) => Snapshot.Stores.GetValueOrDefault(store)?.TimeZone;

    public bool HasZone(string store, string zone) => Snapshot.Stores.GetValueOrDefault(store)?.Zones.Contains(zone) == true;

    public bool HasShelf(string store, string shelf) => Snapshot.Stores.GetValueOrDefault(store)?.Shelves.Contains(shelf) == true;

    public bool HasDisplay(string store, string display) => Snapshot.Stores.GetValueOrDefault(store)?.Displays.Contains(display) == true;

    // Products offered in every store by configuration (Shelves:Offers) count as well as provisioned offers.
    public bool HasProduct(string product) => Snapshot.Products.Contains(product) || _shelves.CurrentValue.Offers.ContainsKey(product);

    // Read from the coupon definitions themselves (validation is rare, never per event); the coupon store raises
    // ProvisioningChanges when a definition comes or goes, so refused campaign files are judged again.
    public bool HasCoupon(string coupon) => _db.Coupons.FindById(coupon) is { Retired: false };

    /// <summary>Changes whenever provisioning changed what campaigns may refer to (caches built on the catalog key on it).</summary>
    public long Generation => Interlocked.Read(ref _generation);

    /// <summary>The store's location when provisioned with one (for alerts by point and radius).</summary>
    public (double Latitude, double Longitude)? LocationOf(string store) =>
        Snapshot.Stores.GetValueOrDefault(store) is { Latitude: { } lat, Longitude: { } lon } ? (lat, lon) : null;

    private CatalogSnapshot Snapshot
    {
        get
        {
            // The generation is read before the database, and a snapshot is used only while the generation it was
            // read under is current: whatever a reader stores, however late, a question asked after a change reads
            // the database again (a kept stale snapshot would refuse campaigns naming what was just provisioned).
            var generation = Interlocked.Read(ref _generation);
            if (Volatile.Read(ref _snapshot) is { } held && held.Generation == generation)
            {
                return held.Catalog;
            }

            var read = CatalogSnapshot.Read(_db);
            Volatile.Write(ref _snapshot, new HeldSnapshot(generation, read));
            return read;
        }
    }

    private sealed record HeldSnapshot(long Generation, CatalogSnapshot Catalog);
}
