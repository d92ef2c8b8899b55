namespace ScenarioEdge.Campaigns.Triggers;

/// <summary>The shopper's consent purposes as flags (the gateway's ConsentPurposes, as given by the shopper).</summary>
[Flags]
public enum Consents : byte
{
    None = 0,
    Presence = 1,
    Activity = 2,
    Offers = 4,
    Analytics = 8,
}
