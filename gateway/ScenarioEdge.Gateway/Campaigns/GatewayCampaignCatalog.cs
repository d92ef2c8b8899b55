using Microsoft.Extensions.Options;
using ScenarioEdge.Campaigns.Validation;
using ScenarioEdge.Gateway.Shelves;
using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Campaigns;

/// <summary>
/// The gateway's campaign catalog: the provisioned stores (time zones, zones), their shelves and displays, and the
/// known products, as one snapshot swapped whole by <see cref="Refresh"/> after provisioning.
/// </summary>
public sealed class GatewayCampaignCatalog(GatewayDatabase database, IOptionsMonitor<ShelfOptions> shelves) : ICampaignCatalog
{
    private CatalogSnapshot _current = CatalogSnapshot.Empty;

    internal CatalogSnapshot Current => Volatile.Read(ref _current);

    public IReadOnlyCollection<string> Stores => Current.Stores;

    /// <summary>Reads the catalog again; returns whether anything campaigns may refer to changed.</summary>
    public bool Refresh()
    {
        var next = CatalogSnapshot.Read(database.Stores.FindAll(), database.Devices.FindAll(), database.Offers.FindAll(), shelves.CurrentValue.Offers.Keys);
        var changed = next.Signature != Current.Signature;
        Volatile.Write(ref _current, next);
        return changed;
    }

    public TimeZoneInfo? TimeZoneOf(string store) => Current.TimeZoneOf(store);

    public bool HasZone(string store, string zone) => Current.HasZone(store, zone);

    public bool HasShelf(string store, string shelf) => Current.HasShelf(store, shelf);

    public bool HasDisplay(string store, string display) => Current.HasDisplay(store, display);

    public bool HasProduct(string product) => Current.HasProduct(product);
}
