namespace ScenarioEdge.Gateway.Campaigns.Management;

/// <summary>What one pass over the campaign folder did.</summary>
public sealed class FolderPass
{
    public int Applied { get; set; }

    public int Refused { get; set; }

    public int Ended { get; set; }

    public int Unreadable { get; set; }
}
