using ScenarioEdge.Protocol.Messages;
using ScenarioEdge.Provisioning;
using ScenarioEdge.Simulation.Scenarios;

namespace ScenarioEdge.Simulation.Evaluation;

/// <summary>
/// Feeds labelled rows, as the protocol messages a phone, a wearable and the store's scanners would send, through a
/// scene judge in event time, and scores the scene at each row against its label.
/// </summary>
public static class SceneEvaluator
{
    /// <summary>Store id used when no store file places the scanners.</summary>
    public const string DefaultStore = "eval-store";

    /// <summary>A silence longer than this starts a new session of the shopper (longer than any gap within one day's journey).</summary>
    public const long SessionGapMs = 3_600_000;

    public static EvaluationReport Run(IReadOnlyList<LabelledRow> rows, ISceneJudge judge, StoreSpec? store = null)
    {
        var storeId = store?.Id is { Length: > 0 } id ? id : DefaultStore;
        var zones = store?.Scanners.ToDictionary(s => s.Device, s => s.Zone, StringComparer.Ordinal) ?? [];
        var t0 = new DateTimeOffset(2026, 1, 5, 0, 0, 0, TimeSpan.Zero);
        var report = new EvaluationReport();
        var lastTrue = new Dictionary<string, string>(StringComparer.Ordinal);
        var lastPredicted = new Dictionary<string, string>(StringComparer.Ordinal);
        var last = new Dictionary<string, long>(StringComparer.Ordinal);
        var hours = 0.0;
        if (store is not null)
        {
            judge.DefineStore(store);
        }

        foreach (var shopper in rows.Select(r => r.Shopper).Distinct(StringComparer.Ordinal))
        {
            judge.Register(shopper, WearableOf(shopper), null, null);
        }

        long sequence = 0;
        foreach (var row in rows.OrderBy(r => r.TMs).ThenBy(r => r.Line))
        {
            var at = t0.AddMilliseconds(row.TMs);
            string Id() => $"r{++sequence}";
            if (row.Scanner is not null && row.Rssi is { } rssi)
            {
                var zone = zones.GetValueOrDefault(row.Scanner, "store");
                var batch = new SightingsBatch { Id = Id(), Ts = at };
                batch.Sightings.Add(new Sighting { Adv = row.Shopper, Kind = AdvertiserKind.ShopperToken, Rssi = rssi, Ts = at });
                judge.Sightings(storeId, row.Scanner, zone, batch);
            }

            if (row.HeartRate is { } hr)
            {
                judge.Wearable(storeId, new WearableSample { Id = Id(), Ts = at, Adv = WearableOf(row.Shopper), Profile = WearableProfile.HeartRate, HeartRateBpm = (int)Math.Round(hr) });
            }

            if (row.CadenceSpm is { } cadence)
            {
                judge.Wearable(storeId, new WearableSample
                {
                    Id = Id(), Ts = at, Adv = WearableOf(row.Shopper), Profile = WearableProfile.RunningSpeedCadence,
                    CadenceSpm = (int)Math.Round(cadence), SpeedMps = row.SpeedMps,
                });
            }

            if (row.AccelStd is not null || row.SoundDb is not null || row.Phone is not null || row.DistanceToStoreM is not null || (row.SpeedMps is not null && row.CadenceSpm is null))
            {
                judge.Phone(row.Shopper, new AppActivity
                {
                    Id = Id(), Ts = at, Activity = row.Phone ?? PhoneActivity.Unknown, Confidence = row.PhoneConfidence,
                    SpeedMps = row.SpeedMps, AccelStdMps2 = row.AccelStd, SoundDb = row.SoundDb, DistanceToStoreM = row.DistanceToStoreM,
                    Store = row.DistanceToStoreM is null ? null : storeId,
                });
            }

            judge.Advance(at);
            var predicted = Name(judge.StateOf(row.Shopper));
            if (last.TryGetValue(row.Shopper, out var previous))
            {
                if (row.TMs - previous > SessionGapMs)
                {
                    // A new session (multi-day journeys: next trip, next day): neither the gap nor a transition into it counts.
                    lastTrue.Remove(row.Shopper);
                    lastPredicted.Remove(row.Shopper);
                }
                else
                {
                    hours += (row.TMs - previous) / 3_600_000.0;
                }
            }

            last[row.Shopper] = row.TMs;
            if (row.Label is null)
            {
                continue;
            }

            report.Add(row.Label, predicted);
            if (lastTrue.TryGetValue(row.Shopper, out var previousTrue) && previousTrue != row.Label)
            {
                report.TrueTransitions++;
            }

            if (lastPredicted.TryGetValue(row.Shopper, out var previousPredicted) && previousPredicted != predicted)
            {
                report.PredictedTransitions++;
            }

            lastTrue[row.Shopper] = row.Label;
            lastPredicted[row.Shopper] = predicted;
        }

        report.Hours = hours;
        return report;
    }

    public static string WearableOf(string shopper) => $"wear-{shopper}";

    public static string Name(SceneState state) => state switch
    {
        SceneState.Commuting => "commuting",
        SceneState.Exercising => "exercising",
        SceneState.Resting => "resting",
        SceneState.InStore => "in-store",
        _ => "unknown",
    };
}
