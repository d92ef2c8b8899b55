using ScenarioEdge.Gateway.Identity;
using ScenarioEdge.Gateway.Privacy;

namespace ScenarioEdge.Gateway.Experiments;

/// <summary>
/// A shopper's experiment journeys and sticky arms: exported with the shopper; erased (or the offers consent
/// withdrawn) they lose the link — each journey gets an unlinkable random unit, so the counts of past reports stay
/// right — and the arms go. Past the retention period the same happens, but only for campaigns no longer running: a
/// journey re-keyed mid-experiment would let the same shopper be exposed, assigned and counted twice.
/// </summary>
public sealed class JourneyDataHolder(JourneyBook book, ArmAssignments assignments, ScenarioEdge.Campaigns.Compilation.ActiveCampaigns active, Storage.GatewayDatabase database) : IShopperDataHolder
{
    public string Name => "experimentJourneys";

    public IReadOnlySet<string> Purposes { get; } = new HashSet<string>(StringComparer.Ordinal) { ConsentPurposes.Offers };

    public IReadOnlyList<object> Export(string shopper)
    {
        var (journeys, arms) = book.Of(shopper);
        return [.. journeys.Select(Exported), .. arms, .. database.Attributions.Find(a => a.Shopper == shopper)];
    }

    // An attribution keeps the purchase's facts (store, time, claimants, revenue) without the shopper.
    private int Unlink(List<Storage.AttributionRecord> records)
    {
        foreach (var r in records)
        {
            r.Shopper = null;
        }

        return records.Count == 0 ? 0 : database.Attributions.Update(records);
    }

    // JSON has no NaN: an unknown feature is exported as null.
    private static object Exported(Storage.JourneyRecord j) => new
    {
        Journey = j.Campaign, j.Arm, j.Store, j.Day, j.ExposedAt, j.Outcome, j.Channel, j.SentAt, j.DeliveredAt, j.OpenedAt, j.ClickedAt,
        j.DismissedAt, j.RedeemedAt, j.PurchasedAt, j.Revenue, DistanceToShelfM = Known(j.DistanceToShelfM), CouponValue = Known(j.CouponValue),
        j.Scene, SceneConfidence = Known(j.SceneConfidence), LocalHour = j.LocalHour < 0 ? (int?)null : j.LocalHour,
        DwellSeconds = Known(j.DwellSeconds), j.DisplayAlsoShowed,
    };

    private static double? Known(double value) => double.IsFinite(value) ? value : null;

    public int EraseData(string shopper)
    {
        assignments.Forget(shopper);
        return book.Unlink(shopper) + Unlink(database.Attributions.Find(a => a.Shopper == shopper).ToList());
    }

    public int ExpireBefore(DateTime cutoff)
    {
        var (expired, dropped) = book.ExpireBefore(cutoff, active.Current.ById.ContainsKey);
        assignments.Drop(dropped);
        return expired + Unlink(database.Attributions.Find(a => a.Shopper != null && a.At < cutoff).ToList());
    }
}
