using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Campaigns;

/// <summary>Adds counts to the shopper-free daily decision counts (collection <c>decisiondays</c>).</summary>
internal static class DecisionDays
{
    public static void Add(GatewayDatabase database, IEnumerable<DecisionDayRecord> counts)
    {
        var merged = new List<DecisionDayRecord>();
        foreach (var count in counts)
        {
            var stored = database.DecisionDays.FindById(count.Id);
            merged.Add(stored is null ? count : new DecisionDayRecord
            {
                Id = count.Id, Campaign = count.Campaign, Store = count.Store, Day = count.Day, Outcome = count.Outcome, Count = stored.Count + count.Count,
            });
        }

        database.DecisionDays.Upsert(merged);
    }
}
