using ScenarioEdge.Gateway.Identity;
using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Privacy;

/// <summary>
/// The pushes sent to a shopper and their feedback. Past retention they are folded into per-campaign daily counts
/// (sent, delivered, opened, redeemed) that carry no shopper id, then deleted.
/// </summary>
public sealed class PushDataHolder(GatewayDatabase database) : IShopperDataHolder
{
    public string Name => "pushes";

    public IReadOnlySet<string> Purposes { get; } = new HashSet<string>(StringComparer.Ordinal) { ConsentPurposes.Offers };

    public IReadOnlyList<object> Export(string shopper) => database.Pushes.Find(p => p.Shopper == shopper).Cast<object>().ToList();

    public int EraseData(string shopper) => database.Pushes.DeleteMany(p => p.Shopper == shopper);

    public int ExpireBefore(DateTime cutoff)
    {
        var old = database.Pushes.Find(p => p.TriggeredAt < cutoff).ToList();
        foreach (var day in old.GroupBy(p => CampaignDayRecord.KeyOf(p.Campaign, p.Store, p.TriggeredAt)))
        {
            var record = database.CampaignDays.FindById(day.Key) ?? new CampaignDayRecord
            {
                Id = day.Key,
                Campaign = day.First().Campaign,
                Store = day.First().Store,
                Day = day.First().TriggeredAt.Date,
            };
            record.Sent += day.Count();
            record.Delivered += day.Count(p => p.DeliveredAt is not null);
            record.Opened += day.Count(p => p.OpenedAt is not null);
            record.Redeemed += day.Count(p => p.RedeemedAt is not null);
            database.CampaignDays.Upsert(record);
        }

        return database.Pushes.DeleteMany(p => p.TriggeredAt < cutoff);
    }
}
