using ScenarioEdge.Campaigns.Decisions;
using ScenarioEdge.Gateway.Observability;
using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Campaigns;

/// <summary>
/// The decision log: every (trigger, matched campaign) ends in one record, counted at once in /metrics per campaign
/// and outcome, and written to LiteDB in batches by the runtime. A decision about a shopper without the offers
/// consent, or about nobody (a display shown to whoever stands at a shelf), is counted in the shopper-free daily
/// counts only: nothing is kept about a shopper who has not agreed to offers.
/// </summary>
internal sealed class DecisionLog(GatewayMetrics metrics)
{
    private readonly List<DecisionLogRecord> _pending = [];
    private readonly Dictionary<string, DecisionDayRecord> _days = new(StringComparer.Ordinal);

    public int Pending => _pending.Count + _days.Count;

    public void Add(DecisionRecord decision, bool keepShopper)
    {
        var outcome = OutcomeName(decision.Outcome, decision.Reason);
        metrics.CountCampaignDecision(decision.Campaign, outcome);
        if (keepShopper)
        {
            _pending.Add(ToRecord(decision));
            return;
        }

        var day = decision.EventTime.UtcDateTime.Date;
        var key = DecisionDayRecord.KeyOf(decision.Campaign, decision.Store, day, outcome);
        if (!_days.TryGetValue(key, out var record))
        {
            _days[key] = record = new DecisionDayRecord { Id = key, Campaign = decision.Campaign, Store = decision.Store, Day = day, Outcome = outcome };
        }

        record.Count++;
    }

    /// <summary>Moves what is pending into <paramref name="batch"/>: the records, and the day counts.</summary>
    public void TakeChanges(CampaignWriteBatch batch)
    {
        batch.Decisions.AddRange(_pending);
        foreach (var day in _days.Values)
        {
            batch.AddDay(day);
        }

        _pending.Clear();
        _days.Clear();
    }

    /// <summary>Erasure: what is not yet written goes too.</summary>
    public void Forget(string shopper) => _pending.RemoveAll(r => r.Shopper == shopper);

    /// <summary>The metric label and stored outcome: sent, deferred, or kind and reason (suppressed_cap, dropped_context_ended).</summary>
    public static string OutcomeName(OutcomeKind kind, DecisionReason reason) => kind switch
    {
        OutcomeKind.Sent => "sent",
        OutcomeKind.Deferred => "deferred",
        _ => $"{kind.ToString().ToLowerInvariant()}_{Snake(reason.ToString())}",
    };

    public static DecisionLogRecord ToRecord(DecisionRecord d) => new()
    {
        Shopper = d.Shopper,
        Campaign = d.Campaign,
        CampaignVersion = d.CampaignVersion,
        Trigger = ScenarioEdge.Campaigns.Triggers.TriggerKinds.Name(d.Trigger),
        Store = d.Store,
        EventTime = d.EventTime.UtcDateTime,
        DecidedAt = d.DecidedAt.UtcDateTime,
        Outcome = d.Outcome.ToString().ToLowerInvariant(),
        Reason = d.Reason == DecisionReason.None ? "" : char.ToLowerInvariant(d.Reason.ToString()[0]) + d.Reason.ToString()[1..],
        Detail = d.Detail,
        Channels = d.Channels.ToString(),
        Until = d.Until?.UtcDateTime,
        Arm = d.Arm,
        Reevaluated = d.Reevaluated,
    };

    private static string Snake(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "_" : "") + char.ToLowerInvariant(c) : c.ToString()));
}
