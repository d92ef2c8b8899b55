using Microsoft.Extensions.Options;
using ScenarioEdge.Campaigns.Triggers;
using ScenarioEdge.Gateway.Scenes;
using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.Gateway.Campaigns;

/// <summary>
/// Fills a trigger's live facts from the shopper's latest signals (<see cref="LiveSignals"/>): heart-rate reserve and
/// cadence when measured within <see cref="CampaignOptions.VitalsFreshFor"/> of the trigger's event time, and the
/// distance to the trigger's store when the phone's latest report names that store and is within
/// <see cref="CampaignOptions.DistanceFreshFor"/>. Anything older, for another store, or never measured stays
/// unknown (NaN), so a condition on it does not hold. Inside the store the distance is 0.
/// </summary>
public sealed class LiveFacts(LiveSignals live, IOptions<CampaignOptions> options)
{
    private readonly long _vitalsFresh = options.Value.VitalsFreshFor.Ticks;
    private readonly long _distanceFresh = options.Value.DistanceFreshFor.Ticks;

    public TriggerFact Fill(in TriggerFact fact)
    {
        var inStore = TriggerKinds.IsInStore(fact.Kind) || (TriggerKinds.HasScene(fact.Kind) && fact.Scene == SceneState.InStore);
        if (fact.Shopper.Length == 0)
        {
            return inStore ? fact with { DistanceToStoreM = 0 } : fact;
        }

        var r = live.Of(fact.Shopper);
        var at = fact.EventTime.UtcTicks;
        return fact with
        {
            HeartRateReserve = Fresh(r.HeartAtTicks, at, _vitalsFresh) ? r.HeartRateReservePct : double.NaN,
            Cadence = Fresh(r.CadenceAtTicks, at, _vitalsFresh) ? r.Cadence : double.NaN,
            DistanceToStoreM = inStore ? 0 : Distance(r, fact.Store, at),
        };
    }

    /// <summary>The shopper's latest live signals, whatever their age.</summary>
    public LiveReading Reading(string shopper) => live.Of(shopper);

    /// <summary>The reading's distance to <paramref name="store"/> at <paramref name="at"/> (UTC ticks), or NaN.</summary>
    public double Distance(in LiveReading r, string store, long at) =>
        string.Equals(r.DistanceStore, store, StringComparison.Ordinal) && Fresh(r.DistanceAtTicks, at, _distanceFresh) ? r.DistanceToStoreM : double.NaN;

    // A reading taken after the trigger's event time (the next signal was applied first) is as good as current.
    private static bool Fresh(long measured, long at, long bound) => measured != 0 && at - measured <= bound;
}
