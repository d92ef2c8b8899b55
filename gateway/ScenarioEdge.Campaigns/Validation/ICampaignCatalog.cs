namespace ScenarioEdge.Campaigns.Validation;

/// <summary>
/// What a campaign may refer to: stores with their IANA time zones, and the zones, shelves, displays of each store
/// and the known products. The gateway implements it over its store layouts; validation and compilation read it
/// once per activation, never per event.
/// </summary>
public interface ICampaignCatalog
{
    /// <summary>Every store id the gateway knows (a campaign for "*" runs in each).</summary>
    IReadOnlyCollection<string> Stores { get; }

    /// <summary>The store's time zone, or null when the store is unknown.</summary>
    TimeZoneInfo? TimeZoneOf(string store);

    bool HasZone(string store, string zone);

    bool HasShelf(string store, string shelf);

    bool HasDisplay(string store, string display);

    bool HasProduct(string product);

    /// <summary>Whether a coupon definition of this id exists and may issue (an app push's couponRef).</summary>
    bool HasCoupon(string coupon);
}
