using ScenarioEdge.Campaigns.Limits;
using ScenarioEdge.Campaigns.Triggers;

namespace ScenarioEdge.Gateway.Campaigns;

/// <summary>
/// What the runtime keeps per shopper: the engine's limit state, and the first visit per store, which tells a new
/// shopper (in their first visit) from a returning one.
/// </summary>
internal sealed class ShopperCampaignState(ShopperLimitState limits, Dictionary<string, string> firstVisits)
{
    public ShopperLimitState Limits { get; } = limits;

    public Dictionary<string, string> FirstVisits { get; } = firstVisits;

    /// <summary>New while in the first visit of the store (or never there), returning after it.</summary>
    public ShopperKind KindAt(string store, string? visit, out bool changed)
    {
        changed = false;
        if (FirstVisits.TryGetValue(store, out var first))
        {
            return first == visit ? ShopperKind.New : ShopperKind.Returning;
        }

        if (visit is not null)
        {
            FirstVisits[store] = visit;
            changed = true;
        }

        return ShopperKind.New;
    }
}
