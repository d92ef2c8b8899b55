using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace ScenarioEdge.Gateway.Shelves;

/// <summary>
/// Offers by store and SKU: provisioned per store (from scenario files, on every start), else the configured
/// <c>Shelves:Offers</c>. Kept in memory: it is small, and provisioning runs again at start-up.
/// </summary>
public sealed class OfferCatalogue(IOptionsMonitor<ShelfOfferOptions> options)
{
    private readonly ConcurrentDictionary<(string Store, string Sku), Offer> _provisioned = new();

    public void Provision(string store, string sku, Offer offer) => _provisioned[(store, sku)] = offer;

    public Offer? Find(string store, string sku) =>
        _provisioned.TryGetValue((store, sku), out var offer) ? offer
        : options.CurrentValue.Offers.GetValueOrDefault(sku);
}
