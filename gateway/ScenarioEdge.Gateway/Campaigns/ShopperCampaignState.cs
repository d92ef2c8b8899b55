using ScenarioEdge.Campaigns.Limits;

namespace ScenarioEdge.Gateway.Campaigns;

/// <summary>
/// What the runtime keeps per shopper: the engine's limit state. (New or returning is the shopper's visit history,
/// kept with their whereabouts in <see cref="ShopperContexts"/> for every visit, not only those a campaign matched.)
/// </summary>
internal sealed class ShopperCampaignState(ShopperLimitState limits)
{
    public ShopperLimitState Limits { get; } = limits;

    /// <summary>When the runtime last asked for it (the runtime's clock): idle states are let go once written.</summary>
    public DateTimeOffset LastUsed { get; set; }
}
