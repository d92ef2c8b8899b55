using System.ComponentModel.DataAnnotations;

namespace ScenarioEdge.Gateway.Campaigns;

/// <summary>Hosting of the campaign engine (section <c>Gateway:Campaigns</c>).</summary>
public sealed class CampaignOptions
{
    public const string Section = "Gateway:Campaigns";

    /// <summary>Campaigns firing for one shopper within this window yield one message (arbitration).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:10")]
    public TimeSpan ArbitrationWindow { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Decisions, limits and deferrals are written in batches at most this long after they happened.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00")]
    public TimeSpan WriteDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// Triggers that matched a campaign and wait for the runtime; beyond it a trigger is refused and counted
    /// (<c>se_campaign_triggers_dropped_total</c>), so a runtime that falls behind never grows memory without limit.
    /// </summary>
    [Range(64, 1_048_576)]
    public int TriggerQueueCapacity { get; set; } = 65_536;

    /// <summary>Each store's own rules: quiet hours, caps across campaigns, messages per visit.</summary>
    public Dictionary<string, StoreCampaignPolicy> Stores { get; set; } = new(StringComparer.Ordinal);
}
