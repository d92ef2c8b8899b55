using ScenarioEdge.Campaigns.Decisions;

namespace ScenarioEdge.Gateway.Campaigns;

/// <summary>
/// One shopper's entry in <see cref="ShopperContexts"/>: where they are, their first store visit ever, when it last
/// changed, and whether it was read back at start and not yet confirmed by the scene stream.
/// </summary>
internal sealed record Whereabouts(ShopperContext Context, string? FirstVisit, DateTimeOffset ChangedAt, bool Restored);
