using ScenarioEdge.Campaigns.Validation;

namespace ScenarioEdge.Campaigns.Tests.Support;

/// <summary>A catalog built in memory: stores with time zones, zones, shelves, displays and products.</summary>
internal sealed class TestCatalog : ICampaignCatalog
{
    private readonly Dictionary<string, TimeZoneInfo> _zonesOfStores = new(StringComparer.Ordinal);
    private readonly HashSet<(string Store, string Kind, string Id)> _things = [];
    private readonly HashSet<string> _products = new(StringComparer.Ordinal);
    private readonly HashSet<string> _coupons = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> Stores => _zonesOfStores.Keys;

    public static TestCatalog Demo()
    {
        var catalog = new TestCatalog();
        catalog.Store("store-1", "Europe/Berlin", zones: ["entrance", "drinks", "bakery"], shelves: ["shelf-drinks", "shelf-bread"], displays: ["display-drinks"]);
        catalog.Store("store-2", "Europe/Berlin", zones: ["entrance", "drinks"], shelves: ["shelf-drinks"], displays: ["display-drinks"]);
        catalog.Products("sports-drink", "croissant", "umbrella");
        catalog.Coupons("sports-20");
        return catalog;
    }

    public TestCatalog Store(string store, string timeZone, string[]? zones = null, string[]? shelves = null, string[]? displays = null)
    {
        _zonesOfStores[store] = TimeZoneInfo.FindSystemTimeZoneById(timeZone);
        foreach (var z in zones ?? [])
        {
            _things.Add((store, "zone", z));
        }

        foreach (var s in shelves ?? [])
        {
            _things.Add((store, "shelf", s));
        }

        foreach (var d in displays ?? [])
        {
            _things.Add((store, "display", d));
        }

        return this;
    }

    public TestCatalog Products(params string[] products)
    {
        _products.UnionWith(products);
        return this;
    }

    public TimeZoneInfo? TimeZoneOf(string store) => _zonesOfStores.GetValueOrDefault(store);

    public bool HasZone(string store, string zone) => _things.Contains((store, "zone", zone));

    public bool HasShelf(string store, string shelf) => _things.Contains((store, "shelf", shelf));

    public bool HasDisplay(string store, string display) => _things.Contains((store, "display", display));

    public bool HasProduct(string product) => _products.Contains(product);

    public bool HasCoupon(string coupon) => _coupons.Contains(coupon);

    public TestCatalog Coupons(params string[] coupons)
    {
        _coupons.UnionWith(coupons);
        return this;
    }
}
