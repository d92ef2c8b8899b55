using System.ComponentModel.DataAnnotations;

namespace ScenarioEdge.Gateway.Campaigns.Management;

/// <summary>The watched folder of campaign YAML files (section <c>Gateway:Campaigns</c>).</summary>
public sealed class CampaignFolderOptions
{
    public const string Section = "Gateway:Campaigns";

    /// <summary>Folder of <c>*.yaml</c>/<c>*.yml</c> campaign files; none set, no folder is watched.</summary>
    public string? Folder { get; set; }

    /// <summary>Quiet time after a file event before the folder is read (an editor writes a file in several steps).</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00")]
    public TimeSpan Debounce { get; set; } = TimeSpan.FromMilliseconds(300);

    /// <summary>The folder is read again this often even without events (a network share, a missed event).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan Rescan { get; set; } = TimeSpan.FromSeconds(30);
}
