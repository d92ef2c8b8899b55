using ScenarioEdge.Gateway.Identity;
using ScenarioEdge.Gateway.Privacy;
using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Campaigns;

/// <summary>
/// A shopper's whereabouts and visit history (store, visit, zone, scene, first visit ever): presence data, exported
/// and erased with the shopper (withdrawing presence erases it). Past retention a shopper not seen since is forgotten,
/// and counts as new again.
/// </summary>
public sealed class WhereaboutsDataHolder(GatewayDatabase database, ShopperContexts contexts) : IShopperDataHolder
{
    public string Name => "whereabouts";

    public IReadOnlySet<string> Purposes { get; } = new HashSet<string>(StringComparer.Ordinal) { ConsentPurposes.Presence };

    public IReadOnlyList<object> Export(string shopper)
    {
        contexts.Flush();
        return [.. database.Whereabouts.Find(w => w.Id == shopper)];
    }

    public int EraseData(string shopper)
    {
        var held = database.Whereabouts.Exists(w => w.Id == shopper) ? 1 : 0;
        contexts.Forget(shopper);
        return held;
    }

    public int ExpireBefore(DateTime cutoff) => contexts.ExpireBefore(cutoff);
}
