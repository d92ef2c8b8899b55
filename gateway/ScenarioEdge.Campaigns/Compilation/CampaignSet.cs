using System.Collections.Frozen;
using ScenarioEdge.Campaigns.Triggers;
using ScenarioEdge.Campaigns.Validation;
using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.Campaigns.Compilation;

/// <summary>
/// An immutable snapshot of the active campaigns, indexed by (trigger kind, scene, store) and then by shelf or zone,
/// so that an event runs only the campaigns that can match it. Activation and pause build a new snapshot; readers
/// keep the one they started with (see <see cref="ActiveCampaigns"/>).
/// </summary>
public sealed class CampaignSet
{
    private readonly FrozenDictionary<IndexKey, CampaignBucket> _index;

    private CampaignSet(FrozenDictionary<IndexKey, CampaignBucket> index, FrozenDictionary<string, CompiledCampaign> byId)
    {
        _index = index;
        ById = byId;
    }

    public static CampaignSet Empty { get; } = Build([], EmptyCatalog.Instance);

    /// <summary>The campaigns in this snapshot by id.</summary>
    public FrozenDictionary<string, CompiledCampaign> ById { get; }

    public static CampaignSet Build(IEnumerable<CompiledCampaign> campaigns, ICampaignCatalog catalog)
    {
        var list = campaigns.ToList();
        var entries = new Dictionary<IndexKey, List<CompiledCampaign>>();
        foreach (var c in list)
        {
            foreach (var store in c.Stores ?? catalog.Stores)
            {
                var key = new IndexKey(c.Kind, c.Scene, store);
                if (!entries.TryGetValue(key, out var bucket))
                {
                    entries[key] = bucket = [];
                }

                bucket.Add(c);
            }
        }

        var index = entries.ToFrozenDictionary(e => e.Key, e => Bucket(e.Value, catalog.TimeZoneOf(e.Key.Store) ?? TimeZoneInfo.Utc));
        return new CampaignSet(index, list.ToFrozenDictionary(c => c.Id, StringComparer.Ordinal));
    }

    /// <summary>
    /// Adds the campaigns whose trigger and conditions match the fact to <paramref name="matches"/> (which is not
    /// cleared) and returns how many campaigns were evaluated. Allocates nothing when nothing matches.
    /// </summary>
    public int Match(in TriggerFact fact, List<CompiledCampaign> matches)
    {
        if (!_index.TryGetValue(IndexKey.Of(fact), out var bucket))
        {
            return 0;
        }

        var local = LocalMoment.Of(fact.EventTime, bucket.TimeZone);
        var evaluated = Run(bucket.Always, fact, local, matches);
        if (fact.Shelf is not null && bucket.ByShelf.TryGetValue(fact.Shelf, out var shelf))
        {
            evaluated += Run(shelf, fact, local, matches);
        }

        if (fact.Zone is not null && bucket.ByZone.TryGetValue(fact.Zone, out var zone))
        {
            evaluated += Run(zone, fact, local, matches);
        }

        return evaluated;
    }

    /// <summary>
    /// Whether a campaign of the fact's (kind, scene, store) has a condition on a live fact, so that facts arriving
    /// after the trigger could make it match (a lookup, no allocation).
    /// </summary>
    public bool ReadsLiveFacts(in TriggerFact fact) => _index.TryGetValue(IndexKey.Of(fact), out var bucket) && bucket.ReadsLiveFacts;

    /// <summary>The store's time zone as the snapshot knows it (UTC for a store without campaigns).</summary>
    public TimeZoneInfo TimeZoneOf(TriggerKind kind, SceneState scene, string store) =>
        _index.TryGetValue(new IndexKey(kind, scene, store), out var b) ? b.TimeZone : TimeZoneInfo.Utc;

    private static int Run(CompiledCampaign[] campaigns, in TriggerFact fact, in LocalMoment local, List<CompiledCampaign> matches)
    {
        foreach (var c in campaigns)
        {
            if (FactCondition.All(c.Conditions, fact, local))
            {
                matches.Add(c);
            }
        }

        return campaigns.Length;
    }

    private static CampaignBucket Bucket(List<CompiledCampaign> campaigns, TimeZoneInfo zone)
    {
        var byShelf = new Dictionary<string, List<CompiledCampaign>>(StringComparer.Ordinal);
        var byZone = new Dictionary<string, List<CompiledCampaign>>(StringComparer.Ordinal);
        var always = new List<CompiledCampaign>();
        foreach (var c in campaigns)
        {
            var (keys, target) = c.IndexShelves is not null ? (c.IndexShelves, byShelf)
                : c.IndexZones is not null ? (c.IndexZones, byZone) : (null, null);
            if (keys is null || target is null)
            {
                always.Add(c);
                continue;
            }

            foreach (var k in keys.Distinct(StringComparer.Ordinal))
            {
                if (!target.TryGetValue(k, out var l))
                {
                    target[k] = l = [];
                }

                l.Add(c);
            }
        }

        return new CampaignBucket(zone, [.. always],
            byShelf.ToFrozenDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal),
            byZone.ToFrozenDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal));
    }
}
