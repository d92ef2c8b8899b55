using ScenarioEdge.Campaigns.Validation;

namespace ScenarioEdge.Benchmarks.Campaigns;

/// <summary>50 stores in Europe/Berlin, each with 10 zones, 20 shelves, 20 displays; 100 products.</summary>
internal sealed class BenchCatalog : ICampaignCatalog
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    public const int StoreCount = 50;

    public IReadOnlyCollection<string> Stores { get; } = [.. Enumerable.Range(0, StoreCount).Select(i => $"store-{i}")];

    public TimeZoneInfo? TimeZoneOf(string store) => store.StartsWith("store-", StringComparison.Ordinal) ? Berlin : null;

    public bool HasZone(string store, string zone) => zone.StartsWith('z');

    public bool HasShelf(string store, string shelf) => shelf.StartsWith("sh", StringComparison.Ordinal);

    public bool HasDisplay(string store, string display) => display.StartsWith('d');

    public bool HasProduct(string product) => product.StartsWith('p');

    public bool HasCoupon(string coupon) => coupon.StartsWith('c');
}
