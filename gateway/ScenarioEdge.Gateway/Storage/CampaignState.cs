namespace ScenarioEdge.Gateway.Storage;

/// <summary>Where a campaign is in its life: only <see cref="Active"/> campaigns match triggers.</summary>
public enum CampaignState
{
    Draft,
    Active,
    Paused,
    Ended,
}
