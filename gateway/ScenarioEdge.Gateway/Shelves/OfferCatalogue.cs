using System.Collections.Frozen;
using Microsoft.Extensions.Options;
using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Shelves;

/// <summary>
/// Offers by store and SKU: provisioned per store (collection <c>offers</c>, so they survive a restart), else the
/// configured <c>Shelves:Offers</c>. Read through one cache, dropped whenever provisioning replaces a store's offers.
/// </summary>
public sealed class OfferCatalogue(GatewayDatabase database, IOptionsMonitor<ShelfOptions> options)
{
    private FrozenDictionary<string, Offer>? _provisioned;

    /// <summary>Replaces the offers of <paramref name="store"/> as a whole: an offer taken out of the file is gone.</summary>
    public void Replace(string store, IEnumerable<(string Sku, Offer Offer)> offers)
    {
        ArgumentNullException.ThrowIfNull(offers);
        database.Offers.DeleteMany(o => o.Store == store);
        database.Offers.InsertBulk(offers.Select(o => new OfferRecord { Id = OfferRecord.KeyOf(store, o.Sku), Store = store, Sku = o.Sku, Offer = o.Offer }));
        _provisioned = null;
    }

    public Offer? Find(string store, string sku)
    {
        var provisioned = _provisioned ??= database.Offers.FindAll().ToFrozenDictionary(o => o.Id, o => o.Offer, StringComparer.Ordinal);
        return provisioned.TryGetValue(OfferRecord.KeyOf(store, sku), out var offer) ? offer : options.CurrentValue.Offers.GetValueOrDefault(sku);
    }
}
