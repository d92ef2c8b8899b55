using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Campaigns;

/// <summary>
/// What the campaign runtime has to write, taken off its worker in one piece: decision records, shopper-free day
/// counts, shoppers' limit states and deferred sends (null: delete). Each part is cleared once written, so a batch
/// that failed half-way repeats only what did not get in (decisions and day counts are not idempotent).
/// </summary>
internal sealed class CampaignWriteBatch
{
    public List<DecisionLogRecord> Decisions { get; } = [];

    public Dictionary<string, DecisionDayRecord> Days { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, CampaignStateRecord> States { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, DeferredDecisionRecord?> Deferred { get; } = new(StringComparer.Ordinal);

    /// <summary>Purchases whose trigger this batch settles: their pending flag is cleared after the rest is written.</summary>
    public List<string> Settled { get; } = [];

    /// <summary>Purchase-triggered messages that go to the channels only once this batch is written.</summary>
    public List<Delivery.CampaignMessage> Held { get; } = [];

    public int Count => Decisions.Count + Days.Count + States.Count + Deferred.Count + Settled.Count + Held.Count;

    /// <summary>Adds a newer batch after this one: its states and deferrals replace these.</summary>
    public void Merge(CampaignWriteBatch newer)
    {
        Decisions.AddRange(newer.Decisions);
        foreach (var day in newer.Days.Values)
        {
            AddDay(day);
        }

        foreach (var (id, state) in newer.States)
        {
            States[id] = state;
        }

        foreach (var (id, deferred) in newer.Deferred)
        {
            Deferred[id] = deferred;
        }

        Settled.AddRange(newer.Settled);
        Held.AddRange(newer.Held);
    }

    /// <summary>Adds a shopper-free day count, to the one of the same key if there is one (the file adds them up once).</summary>
    public void AddDay(DecisionDayRecord day)
    {
        if (Days.TryGetValue(day.Id, out var held))
        {
            held.Count += day.Count;
        }
        else
        {
            Days[day.Id] = day;
        }
    }

    /// <summary>Erasure: nothing of the shopper is written from here.</summary>
    public void Forget(string shopper)
    {
        Decisions.RemoveAll(d => d.Shopper == shopper);
        States.Remove(shopper);
        foreach (var id in Deferred.Where(d => d.Value?.Shopper == shopper).Select(d => d.Key).ToList())
        {
            Deferred.Remove(id);
        }

        Held.RemoveAll(m => m.Shopper == shopper);
    }

    /// <summary>Writes the parts in turn, idempotent ones first, one LiteDB write each; <see cref="Held"/> is the writer's to release.</summary>
    public void Write(GatewayDatabase database)
    {
        if (States.Count > 0)
        {
            database.CampaignState.Upsert(States.Values);
            States.Clear();
        }

        if (Deferred.Count > 0)
        {
            var upserts = Deferred.Values.OfType<DeferredDecisionRecord>().ToList();
            var deletes = Deferred.Where(d => d.Value is null).Select(d => d.Key).ToList();
            if (upserts.Count > 0)
            {
                database.CampaignDeferred.Upsert(upserts);
            }

            if (deletes.Count > 0)
            {
                database.CampaignDeferred.DeleteMany(d => deletes.Contains(d.Id));
            }

            Deferred.Clear();
        }

        if (Days.Count > 0)
        {
            DecisionDays.Add(database, Days.Values);
            Days.Clear();
        }

        if (Decisions.Count > 0)
        {
            database.Decisions.InsertBulk(Decisions);
            Decisions.Clear();
        }

        // Last: a batch cut off before this leaves the purchases pending, raised again at start, where the limit
        // states written first suppress a second send.
        if (Settled.Count > 0)
        {
            Purchases.PurchaseBook.Settle(database, Settled);
            Settled.Clear();
        }
    }
}
