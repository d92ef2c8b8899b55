using System.Collections.Frozen;
using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Campaigns.Management;

/// <summary>The provisioned stores, their zones, shelves and displays, and the products on offer, as read at one moment.</summary>
internal sealed class CatalogSnapshot
{
    private CatalogSnapshot(FrozenDictionary<string, StoreEntry> stores, FrozenSet<string> products)
    {
        Stores = stores;
        Products = products;
    }

    public FrozenDictionary<string, StoreEntry> Stores { get; }

    public FrozenSet<string> Products { get; }

    public static CatalogSnapshot Read(GatewayDatabase db)
    {
        var devices = db.Devices.Find(d => !d.Revoked).ToLookup(d => d.Store, StringComparer.Ordinal);
        var stores = db.Stores.FindAll().ToFrozenDictionary(
            s => s.Id,
            s => new StoreEntry(
                TimeZoneInfo.TryFindSystemTimeZoneById(s.TimeZone, out var zone) ? zone : TimeZoneInfo.Utc,
                s.Zones.Select(z => z.Id).ToFrozenSet(StringComparer.Ordinal),
                devices[s.Id].Where(d => d.Kind == "shelf").Select(d => d.Device).ToFrozenSet(StringComparer.Ordinal),
                devices[s.Id].Where(d => d.Kind == "display").Select(d => d.Device).ToFrozenSet(StringComparer.Ordinal),
                s.Latitude,
                s.Longitude),
            StringComparer.Ordinal);
        var products = db.Offers.FindAll().Select(o => o.Sku).ToFrozenSet(StringComparer.Ordinal);
        return new CatalogSnapshot(stores, products);
    }

    internal sealed record StoreEntry(TimeZoneInfo TimeZone, FrozenSet<string> Zones, FrozenSet<string> Shelves, FrozenSet<string> Displays, double? Latitude, double? Longitude);
}
