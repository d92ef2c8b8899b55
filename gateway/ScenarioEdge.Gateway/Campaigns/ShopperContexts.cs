using System.Collections.Concurrent;
using ScenarioEdge.Campaigns.Decisions;

namespace ScenarioEdge.Gateway.Campaigns;

/// <summary>
/// Where each shopper is now (store, visit, zone, scene), kept from the scene stream as it happens, so that a
/// deferred, arbitrated or queued message is checked against the present, not against the moment it was decided.
/// Written on the partition workers (one shopper always on the same one), read by the campaign runtime.
/// </summary>
public sealed class ShopperContexts
{
    private readonly ConcurrentDictionary<string, ShopperContext> _contexts = new(StringComparer.Ordinal);

    public ShopperContext Of(string shopper) => _contexts.GetValueOrDefault(shopper);

    internal void Set(string shopper, ShopperContext context) => _contexts[shopper] = context;

    /// <summary>The shoppers in one of <paramref name="stores"/> now (an alert for an area: rare, so a walk over all is fine).</summary>
    internal IEnumerable<(string Shopper, ShopperContext Context)> InStores(IReadOnlyCollection<string> stores)
    {
        foreach (var (shopper, context) in _contexts)
        {
            if (context.Store is { } store && stores.Contains(store))
            {
                yield return (shopper, context);
            }
        }
    }

    /// <summary>Erasure: the shopper's whereabouts go with the rest.</summary>
    public void Forget(string shopper) => _contexts.TryRemove(shopper, out _);
}
