using System.Collections.Frozen;
using ScenarioEdge.Campaigns.Validation;
using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Campaigns;

/// <summary>
/// What campaigns may refer to, read once from the provisioned stores, devices and offers: immutable, so validation
/// and the campaign index read it without locks. <see cref="Signature"/> tells whether a reload changed anything.
/// </summary>
internal sealed class CatalogSnapshot : ICampaignCatalog
{
    private readonly FrozenDictionary<string, TimeZoneInfo> _zones;
    private readonly FrozenSet<string> _places;
    private readonly FrozenSet<string> _products;

    private CatalogSnapshot(FrozenDictionary<string, TimeZoneInfo> zones, FrozenSet<string> places, FrozenSet<string> products, string signature)
    {
        (_zones, _places, _products, Signature) = (zones, places, products, signature);
    }

    public static CatalogSnapshot Empty { get; } = Read([], [], [], []);

    public string Signature { get; }

    public IReadOnlyCollection<string> Stores => _zones.Keys;

    public static CatalogSnapshot Read(IEnumerable<StoreRecord> stores, IEnumerable<DeviceRecord> devices, IEnumerable<OfferRecord> offers, IEnumerable<string> configuredProducts)
    {
        var storeList = stores.ToList();
        var places = storeList.SelectMany(s => s.Zones.Select(z => $"zone/{s.Id}/{z.Id}"))
            .Concat(devices.Where(d => d.Kind is "shelf" or "display").Select(d => $"{d.Kind}/{d.Store}/{d.Device}"))
            .ToHashSet(StringComparer.Ordinal);
        var products = offers.Select(o => o.Sku).Concat(configuredProducts).ToHashSet(StringComparer.Ordinal);
        var zones = storeList.ToFrozenDictionary(s => s.Id, s => Find(s.TimeZone), StringComparer.Ordinal);
        var signature = string.Join('\n', zones.Select(z => $"{z.Key}@{z.Value.Id}").Concat(places).Concat(products).Order(StringComparer.Ordinal));
        return new CatalogSnapshot(zones, places.ToFrozenSet(StringComparer.Ordinal), products.ToFrozenSet(StringComparer.Ordinal), signature);
    }

    public TimeZoneInfo? TimeZoneOf(string store) => _zones.GetValueOrDefault(store);

    public bool HasZone(string store, string zone) => _places.Contains($"zone/{store}/{zone}");

    public bool HasShelf(string store, string shelf) => _places.Contains($"shelf/{store}/{shelf}");

    public bool HasDisplay(string store, string display) => _places.Contains($"display/{store}/{display}");

    public bool HasProduct(string product) => _products.Contains(product);

    private static TimeZoneInfo Find(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return TimeZoneInfo.Utc;
        }
    }
}
