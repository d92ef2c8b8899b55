using ScenarioEdge.Gateway.Identity;
using ScenarioEdge.Gateway.Privacy;
using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Campaigns;

/// <summary>
/// The campaign decisions about a shopper, their limits (sends, cooldowns, visits), deferred sends and triggers kept undecided at a stop: exported and
/// erased with the shopper (withdrawing the offers consent erases them). Past retention, decisions are folded into
/// shopper-free daily counts per campaign, store and outcome, then deleted.
/// </summary>
public sealed class DecisionDataHolder(GatewayDatabase database, CampaignRuntime runtime) : IShopperDataHolder
{
    public string Name => "campaignDecisions";

    public IReadOnlySet<string> Purposes { get; } = new HashSet<string>(StringComparer.Ordinal) { ConsentPurposes.Offers };

    public IReadOnlyList<object> Export(string shopper)
    {
        runtime.FlushNow();
        return
        [
            .. database.Decisions.Find(d => d.Shopper == shopper).OrderBy(d => d.DecidedAt),
            .. database.CampaignState.Find(s => s.Id == shopper),
            .. database.CampaignDeferred.Find(d => d.Shopper == shopper),
            .. runtime.UndecidedOf(shopper).Select(f => (object)new
            {
                UndecidedTrigger = ScenarioEdge.Campaigns.Triggers.TriggerKinds.Name(f.Kind), f.Store, f.EventTime, f.Zone, f.Shelf, f.Product,
            }),
        ];
    }

    public int EraseData(string shopper)
    {
        runtime.Forget(shopper);
        return database.Decisions.DeleteMany(d => d.Shopper == shopper);
    }

    public int ExpireBefore(DateTime cutoff)
    {
        runtime.FlushNow();
        var old = database.Decisions.Find(d => d.DecidedAt < cutoff).ToList();
        DecisionDays.Add(database, old
            .GroupBy(d => DecisionDayRecord.KeyOf(d.Campaign, d.Store, d.EventTime.ToUniversalTime().Date, DayOutcome(d)), StringComparer.Ordinal)
            .Select(g => new DecisionDayRecord
            {
                Id = g.Key, Campaign = g.First().Campaign, Store = g.First().Store, Day = g.First().EventTime.ToUniversalTime().Date, Outcome = DayOutcome(g.First()), Count = g.Count(),
            }));
        return database.Decisions.DeleteMany(d => d.DecidedAt < cutoff);
    }

    private static string DayOutcome(DecisionLogRecord d) =>
        d.Outcome is "sent" or "deferred" ? d.Outcome : $"{d.Outcome}_{string.Concat(d.Reason.Select(c => char.IsUpper(c) ? "_" + char.ToLowerInvariant(c) : c.ToString()))}";
}
