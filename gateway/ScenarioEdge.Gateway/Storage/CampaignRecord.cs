namespace ScenarioEdge.Gateway.Storage;

/// <summary>
/// A campaign (collection <c>campaigns</c>, id = the document's id): its state and its current version. The
/// documents themselves are in <see cref="CampaignVersionRecord"/>, one immutable record per version.
/// </summary>
public sealed class CampaignRecord
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public CampaignState State { get; set; }

    /// <summary>The version that runs when the campaign is active (the latest).</summary>
    public int Version { get; set; }

    /// <summary>Store ids of the current version, or <c>*</c>.</summary>
    public List<string> Stores { get; set; } = [];

    /// <summary>The file of the watched folder that owns the campaign (read-only through the API), or null.</summary>
    public string? FolderFile { get; set; }

    /// <summary>SHA-256 of the folder file's text that made the current version: an unchanged file makes no new version.</summary>
    public string? FolderHash { get; set; }

    public DateTimeOffset ChangedAt { get; set; }

    /// <summary>Who made the last change: the API key's name, or <c>folder:{file}</c>.</summary>
    public string ChangedBy { get; set; } = "";
}
