using System.Globalization;
using System.Text.Json;
using ScenarioEdge.Campaigns.Decisions;
using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Campaigns;

/// <summary>
/// Sends deferred to the end of quiet hours: kept in memory in release order and in LiteDB (written in batches with
/// the rest), read back at start, so a deferred message survives a restart and is released — or dropped, if its
/// context ended — when due.
/// </summary>
internal sealed class DeferredDecisions(GatewayDatabase database)
{
    private readonly Dictionary<string, DeferredDecision> _all = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DeferredDecision?> _changes = new(StringComparer.Ordinal);

    public int Count => _all.Count;

    public int Pending => _changes.Count;

    public void Load()
    {
        foreach (var record in database.CampaignDeferred.FindAll())
        {
            if (JsonSerializer.Deserialize(record.Decision, CampaignStateJsonContext.Default.DeferredDecision) is { } d)
            {
                _all[record.Id] = d;
            }
        }
    }

    public void Add(DeferredDecision deferred)
    {
        var key = KeyOf(deferred);
        _all[key] = deferred;
        _changes[key] = deferred;
    }

    public DateTimeOffset? NextDue => _all.Count == 0 ? null : _all.Values.Min(d => d.Until);

    /// <summary>Takes the deferrals due at <paramref name="now"/>, earliest first.</summary>
    public List<DeferredDecision> TakeDue(DateTimeOffset now)
    {
        var due = _all.Where(d => d.Value.Until <= now).OrderBy(d => d.Value.Until).ToList();
        foreach (var (key, _) in due)
        {
            _all.Remove(key);
            _changes[key] = null;
        }

        return due.ConvertAll(d => d.Value);
    }

    /// <summary>Moves the deferrals added or taken since the last call into <paramref name="batch"/> (null: delete).</summary>
    public void TakeChanges(CampaignWriteBatch batch)
    {
        foreach (var (key, d) in _changes)
        {
            batch.Deferred[key] = d is null ? null : new DeferredDecisionRecord
            {
                Id = key,
                Shopper = d.Fact.Shopper,
                Until = d.Until.UtcDateTime,
                Decision = JsonSerializer.Serialize(d, CampaignStateJsonContext.Default.DeferredDecision),
            };
        }

        _changes.Clear();
    }

    /// <summary>Erasure: the shopper's deferred sends go, from memory and from the file.</summary>
    public void Forget(string shopper)
    {
        foreach (var key in _all.Where(d => d.Value.Fact.Shopper == shopper).Select(d => d.Key).ToList())
        {
            _all.Remove(key);
            _changes.Remove(key);
        }

        database.CampaignDeferred.DeleteMany(d => d.Shopper == shopper);
    }

    private static string KeyOf(DeferredDecision d) =>
        string.Create(CultureInfo.InvariantCulture, $"{d.Campaign}/{d.Fact.Shopper}/{d.Fact.Kind}/{d.Fact.EventTime.UtcTicks}");
}
