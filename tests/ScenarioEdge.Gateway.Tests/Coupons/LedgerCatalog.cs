using ScenarioEdge.Campaigns.Validation;

namespace ScenarioEdge.Gateway.Tests.Coupons;

/// <summary>Stores store-1 and store-2 in Berlin's time zone, for the ledger driven without a host.</summary>
internal sealed class LedgerCatalog : ICampaignCatalog
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    public IReadOnlyCollection<string> Stores => ["store-1", "store-2"];

    public TimeZoneInfo? TimeZoneOf(string store) => Stores.Contains(store) ? Berlin : null;

    public bool HasZone(string store, string zone) => false;

    public bool HasShelf(string store, string shelf) => false;

    public bool HasDisplay(string store, string display) => false;

    public bool HasProduct(string product) => true;

    public bool HasCoupon(string coupon) => false;
}
