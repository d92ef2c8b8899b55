namespace ScenarioEdge.Gateway.Campaigns.Management;

/// <summary>How a change to a campaign ended; the API answers 200/201, 404, 409 or 400 from it.</summary>
public enum CampaignOutcomeKind
{
    Done,
    Created,
    Unchanged,
    NotFound,
    Conflict,
    Invalid,
}
