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

    public void Flush()
    {
        if (_changes.Count == 0)
        {
            return;
        }

        var upserts = _changes.Where(c => c.Value is not null).Select(c => new DeferredDecisionRecord
        {
            Id = c.Key,
            Shopper = c.Value!.Fact.Shopper,
            Until = c.Value.Until.UtcDateTime,
            Decision = JsonSerializer.Serialize(c.Value, CampaignStateJsonContext.Default.DeferredDecision),
        }).ToList();
        var deletes = _changes.Where(c => c.Value is null).Select(c => c.Key).ToList();
        if (upserts.Count > 0)
        {
            database.CampaignDeferred.Upsert(upserts);
        }

        if (deletes.Count > 0)
        {
            database.CampaignDeferred.DeleteMany(d => deletes.Contains(d.Id));
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
