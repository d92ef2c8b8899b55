using LiteDB;
using System.Globalization;
using ScenarioEdge.Experiments.Funnel;
using ScenarioEdge.Gateway.Observability;
using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Experiments;

/// <summary>
/// The journeys: one per (campaign, unit), opened at the unit's first exposure, stage times added as they happen,
/// written in batches (<see cref="ExperimentOptions.WriteDelay"/>, and at stop) together with the assignments the
/// exposures fixed, in one transaction. A write that fails keeps everything for the next. The report reads them back
/// through <see cref="Read"/>: exactly the shared <see cref="Journey"/> contract, nothing else.
/// </summary>
public sealed partial class JourneyBook(GatewayDatabase database, GatewayMetrics metrics, ILogger<JourneyBook> log)
{
    private readonly Lock _gate = new();
    private readonly Lock _writing = new();
    // Keyed by (campaign, unit), not the record id: asking whether a unit has a journey allocates nothing.
    private readonly HashSet<(string Campaign, string Unit)> _known = [];
    private Dictionary<(string Campaign, string Unit), JourneyRecord> _new = [];
    private Dictionary<(string Campaign, string Unit), JourneyStamp> _stamps = [];
    private List<AssignmentRecord> _assignments = [];

    /// <summary>Something waits to be written.</summary>
    public bool HasPending
    {
        get
        {
            lock (_gate)
            {
                return _new.Count + _stamps.Count + _assignments.Count > 0;
            }
        }
    }

    /// <summary>Reads which journeys exist (start): an exposure after a restart opens none twice.</summary>
    public void Load()
    {
        var keys = database.Journeys.Query().Select(j => new { j.Campaign, j.Unit }).ToList();
        lock (_gate)
        {
            _known.UnionWith(keys.Select(k => (k.Campaign, k.Unit)));
        }
    }

    /// <summary>Opens <paramref name="journey"/> unless its (campaign, unit) has one; returns whether it did.</summary>
    public bool Expose(JourneyRecord journey, AssignmentRecord? assignment)
    {
        lock (_gate)
        {
            if (assignment is not null)
            {
                _assignments.Add(assignment);
            }

            if (!_known.Add((journey.Campaign, journey.Unit)))
            {
                return false;
            }

            _new[(journey.Campaign, journey.Unit)] = journey;
        }

        metrics.CountExposure();
        return true;
    }

    /// <summary>Whether the (campaign, unit) has a journey (written or not).</summary>
    public bool Has(string campaign, string unit)
    {
        lock (_gate)
        {
            return _known.Contains((campaign, unit));
        }
    }

    /// <summary>The unit reached <paramref name="stage"/> of the campaign's funnel; ignored when it was never exposed.</summary>
    public bool Stamp(string campaign, string unit, FunnelStage stage, DateTimeOffset at, string? channel = null, bool? displayAlsoShowed = null, double revenue = 0)
    {
        var id = (campaign, unit);
        lock (_gate)
        {
            if (OpenStamp(id) is not { } stamp)
            {
                return false;
            }

            stamp.Add(stage, at.UtcDateTime);
            stamp.Channel ??= channel;
            stamp.DisplayAlsoShowed ??= displayAlsoShowed;
            stamp.Revenue += revenue;
            return true;
        }
    }

    // Under _gate: the unit's stamp to add to, made on first use; null when the unit was never exposed.
    private JourneyStamp? OpenStamp((string Campaign, string Unit) id)
    {
        if (!_known.Contains(id))
        {
            return null;
        }

        if (!_stamps.TryGetValue(id, out var stamp))
        {
            _stamps[id] = stamp = new JourneyStamp();
        }

        return stamp;
    }

    /// <summary>The journeys of <paramref name="campaign"/> first exposed on store-local days from..to (inclusive), in one store or all.</summary>
    public IReadOnlyList<Journey> Read(string campaign, DateOnly? from = null, DateOnly? to = null, string? store = null)
    {
        Flush();
        var query = Query.EQ(nameof(JourneyRecord.Campaign), campaign);
        if (from is { } f)
        {
            query = Query.And(query, Query.GTE(nameof(JourneyRecord.Day), DayText(f)));
        }

        if (to is { } t)
        {
            query = Query.And(query, Query.LTE(nameof(JourneyRecord.Day), DayText(t)));
        }

        if (store is not null)
        {
            query = Query.And(query, Query.EQ(nameof(JourneyRecord.Store), store));
        }

        return [.. database.Journeys.Find(query).Select(JourneyMapping.ToJourney)];
    }

    /// <summary>The shopper's journeys (written and pending), for attribution.</summary>
    public IReadOnlyList<JourneyRecord> OfShopper(string shopper)
    {
        Flush();
        return [.. database.Journeys.Find(j => j.Shopper == shopper)];
    }

    public static string DayText(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Writes what is pending now, in one transaction; on failure keeps it for the next write.</summary>
    public void Flush()
    {
        lock (_writing)
        {
            Dictionary<(string, string), JourneyRecord> news;
            Dictionary<(string, string), JourneyStamp> stamps;
            List<AssignmentRecord> assignments;
            lock (_gate)
            {
                if (_new.Count + _stamps.Count + _assignments.Count == 0)
                {
                    return;
                }

                (news, _new) = (_new, []);
                (stamps, _stamps) = (_stamps, []);
                (assignments, _assignments) = (_assignments, []);
            }

            try
            {
                database.Atomically(() => Write(news, stamps, assignments));
            }
            catch (Exception ex) when (ex is LiteException or IOException)
            {
                Restore(news, stamps, assignments);
                metrics.CountJourneyWriteFailed();
                log.LogError(ex, "Could not write {Journeys} journeys, {Stamps} funnel stages and {Assignments} assignments ({Message}); trying again",
                    news.Count, stamps.Count, assignments.Count, ex.Message);
            }
        }
    }

    private int Write(Dictionary<(string, string), JourneyRecord> news, Dictionary<(string, string), JourneyStamp> stamps, List<AssignmentRecord> assignments)
    {
        if (assignments.Count > 0)
        {
            database.Assignments.Upsert(assignments);
        }

        foreach (var (id, stamp) in stamps)
        {
            if (news.TryGetValue(id, out var fresh))
            {
                stamp.ApplyTo(fresh);
            }
            else if (database.Journeys.FindById(JourneyRecord.KeyOf(id.Item1, id.Item2)) is { } held)
            {
                stamp.ApplyTo(held);
                database.Journeys.Update(held);
            }
        }

        if (news.Count > 0)
        {
            database.Journeys.Upsert(news.Values);
        }

        return news.Count;
    }

    private void Restore(Dictionary<(string, string), JourneyRecord> news, Dictionary<(string, string), JourneyStamp> stamps, List<AssignmentRecord> assignments)
    {
        lock (_gate)
        {
            foreach (var (id, journey) in news)
            {
                _new.TryAdd(id, journey);
            }

            foreach (var (id, stamp) in stamps)
            {
                if (_stamps.TryGetValue(id, out var newer))
                {
                    stamp.Merge(newer);
                }

                _stamps[id] = stamp;
            }

            _assignments.InsertRange(0, assignments);
        }
    }
}
