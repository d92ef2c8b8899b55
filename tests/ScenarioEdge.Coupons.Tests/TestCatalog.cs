using ScenarioEdge.Campaigns.Validation;

namespace ScenarioEdge.Coupons.Tests;

/// <summary>Two stores in Berlin's time zone and two products.</summary>
internal sealed class TestCatalog : ICampaignCatalog
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    public IReadOnlyCollection<string> Stores => ["store-1", "store-2"];

    public TimeZoneInfo? TimeZoneOf(string store) => Stores.Contains(store) ? Berlin : null;

    public bool HasZone(string store, string zone) => false;

    public bool HasShelf(string store, string shelf) => false;

    public bool HasDisplay(string store, string display) => false;

    public bool HasProduct(string product) => product is "sports-500" or "cola-330";

    public bool HasCoupon(string coupon) => false;
}
