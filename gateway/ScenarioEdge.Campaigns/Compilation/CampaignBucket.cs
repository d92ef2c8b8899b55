using System.Collections.Frozen;

namespace ScenarioEdge.Campaigns.Compilation;

/// <summary>
/// The campaigns of one (kind, scene, store), split by what the event names: a campaign with a top-level shelves
/// condition is found only through its shelves, one with zones only through its zones, the rest always.
/// </summary>
public sealed class CampaignBucket(TimeZoneInfo timeZone, CompiledCampaign[] always,
    FrozenDictionary<string, CompiledCampaign[]> byShelf, FrozenDictionary<string, CompiledCampaign[]> byZone)
{
    public TimeZoneInfo TimeZone { get; } = timeZone;

    /// <summary>Some campaign here has a condition on a live fact (see <see cref="FactCondition.ReadsLiveFacts"/>).</summary>
    public bool ReadsLiveFacts { get; } = always.Concat(byShelf.Values.SelectMany(c => c)).Concat(byZone.Values.SelectMany(c => c))
        .Any(c => FactCondition.AnyReadsLiveFacts(c.Conditions));

    public CompiledCampaign[] Always { get; } = always;

    public FrozenDictionary<string, CompiledCampaign[]> ByShelf { get; } = byShelf;

    public FrozenDictionary<string, CompiledCampaign[]> ByZone { get; } = byZone;
}
