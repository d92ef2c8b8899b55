namespace ScenarioEdge.Campaigns.Limits;

/// <summary>Which sends a cap counts: of this campaign, or of every campaign, to the same shopper.</summary>
public enum CapScope : byte
{
    Campaign,
    AllCampaigns,
}
