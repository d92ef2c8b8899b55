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
    /// Heart-rate reserve and cadence older than this (event time, before the trigger's) are unknown to a trigger: a
    /// condition on them does not hold.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan VitalsFreshFor { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// The phone's distance to a store older than this (event time, before the trigger's) is unknown: a maxDistanceM
    /// condition does not hold, and an alert does not reach the shopper as near the store.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan DistanceFreshFor { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// A live fact arriving while the shopper's scene stays the same gets their scene's triggers looked at again (the
    /// campaigns that match only now are decided); at most once per shopper within this much event time, so a flood
    /// of samples costs a bounded number of looks. A change inside it is seen by the shopper's next signal after it.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan ReevaluationInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Triggers that matched a campaign and wait for the runtime; beyond it a trigger is refused and counted
    /// (<c>se_campaign_triggers_dropped_total</c>), so a runtime that falls behind never grows memory without limit.
    /// </summary>
    [Range(64, 1_048_576)]
    public int TriggerQueueCapacity { get; set; } = 65_536;

    /// <summary>Each store's own rules: quiet hours, caps across campaigns, messages per visit.</summary>
    public Dictionary<string, StoreCampaignPolicy> Stores { get; set; } = new(StringComparer.Ordinal);
}
