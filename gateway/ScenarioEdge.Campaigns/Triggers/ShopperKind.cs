namespace ScenarioEdge.Campaigns.Triggers;

/// <summary>Whether the shopper is new to the store (first visit) or returning; Unknown matches only "any".</summary>
public enum ShopperKind : byte
{
    Unknown,
    New,
    Returning,
}
