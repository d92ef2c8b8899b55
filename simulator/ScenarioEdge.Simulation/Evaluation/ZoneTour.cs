using System.Globalization;
using ScenarioEdge.Protocol.Messages;
using ScenarioEdge.Provisioning;
using ScenarioEdge.Simulation.Calibration;
using ScenarioEdge.Simulation.Scenarios;

namespace ScenarioEdge.Simulation.Evaluation;

/// <summary>
/// Walks the BLE sector recordings (six fixed beacons, 100 samples in each of 28 sectors) as three store visits at
/// one sample per second, with 2 minutes of silence between visits. Each beacon plays a scanner. Zones are the
/// sectors, the two floors, or one zone per beacon (a sector's zone then is the beacon strongest on average over
/// its calibration half). The first 50 samples of every sector are the calibration walk (fingerprints, the beacon
/// zones); the tour plays the other 50, so nothing is scored on the samples it was calibrated on. Measures what
/// users of presence systems complain about: zone accuracy, zone flapping, false exits, missed entries, and how late
/// entry, zone, dwell and exit decisions come.
/// </summary>
public static class ZoneTour
{
    private const string Shopper = "walker";
    private const string Store = "sectors";
    private const int Calibration = 50;
    private static readonly string[] Beacons = ["B1", "B2", "B3", "B4", "B5", "B6"];

    // From the data set's metadata: B1–B3 on the ground floor near 1B, 10B, 19B; B4–B6 on the first floor near 1A, 4A, 7A.
    private static readonly int[] NearSector = [8, 17, 26, 1, 4, 7];

    private static readonly int[][] Visits = [[1, 2, 3, 4, 8, 9, 10, 11, 12, 13, 14], [15, 16, 17, 18, 19, 20, 21, 5, 6, 7], [22, 23, 24, 25, 26, 27, 28]];

    /// <summary>The store the tour plays in, as a scenario store: zones, beacons as scanners, fingerprints from the calibration half.</summary>
    public static (StoreSpec Store, Dictionary<int, string> Truth) Layout(Dictionary<int, List<int[]>> samples, ZoneGranularity granularity, string method)
    {
        ArgumentNullException.ThrowIfNull(samples);
        var calibrated = samples.ToDictionary(s => s.Key, s => Enumerable.Range(0, Beacons.Length).Select(b => s.Value.Take(Calibration).Average(r => r[b])).ToArray());
        string ZoneOfSector(int sector) => granularity switch
        {
            ZoneGranularity.Sector => $"sector-{sector}",
            ZoneGranularity.Floor => sector <= 7 ? "first-floor" : "ground-floor",
            _ => $"zone-{Beacons[Array.IndexOf(calibrated[sector], calibrated[sector].Max())]}",
        };

        var truth = samples.Keys.ToDictionary(s => s, ZoneOfSector);
        var zones = truth.Values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var store = new StoreSpec { Id = Store, ZoneMethod = method };
        var fingerprints = string.Equals(method, "fingerprint", StringComparison.OrdinalIgnoreCase)
            ? ZoneCalibration.Fingerprints(samples.SelectMany(s => s.Value.Take(Calibration).SelectMany(r => r.Select((rssi, b) => (truth[s.Key], Beacons[b], (double)rssi)))))
            : null;
        foreach (var zone in zones)
        {
            store.Zones.Add(new ZoneSpec { Id = zone, Fingerprint = fingerprints is null ? [] : new(fingerprints[zone], StringComparer.Ordinal) });
        }

        for (var b = 0; b < Beacons.Length; b++)
        {
            var own = granularity == ZoneGranularity.Beacon ? $"zone-{Beacons[b]}" : null;
            store.Scanners.Add(new ScannerSpec { Device = Beacons[b], Zone = own is not null && zones.Contains(own) ? own : truth[NearSector[b]] });
        }

        return (store, truth);
    }

    public static ZoneTourReport Run(string path, ISceneJudge judge, ZoneGranularity granularity = ZoneGranularity.Beacon, string method = "strongest", double dwellS = 20)
    {
        ArgumentNullException.ThrowIfNull(judge);
        var samples = Load(path);
        var (store, truth) = Layout(samples, granularity, method);
        var scannerZone = store.Scanners.ToDictionary(s => s.Device, s => s.Zone, StringComparer.Ordinal);
        judge.DefineStore(store);
        var report = new ZoneTourReport { Visits = Visits.Length, Zones = store.Zones.Count };
        var t0 = new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);
        var t = 0;
        long sequence = 0;
        judge.Register(Shopper, null, null, null);
        foreach (var visit in Visits)
        {
            var start = t;
            string? previousZone = null;
            var zoneStarts = new List<(int At, string Zone)>();
            foreach (var sector in visit)
            {
                var zone = truth[sector];
                if (zone != previousZone)
                {
                    zoneStarts.Add((t, zone));
                    previousZone = zone;
                }

                foreach (var rssi in samples[sector].Skip(Calibration))
                {
                    var at = t0.AddSeconds(t);
                    for (var b = 0; b < Beacons.Length; b++)
                    {
                        var batch = new SightingsBatch { Id = $"z{++sequence}", Ts = at };
                        batch.Sightings.Add(new Sighting { Adv = Shopper, Kind = AdvertiserKind.ShopperToken, Rssi = rssi[b], Ts = at });
                        judge.Sightings(Store, Beacons[b], scannerZone[Beacons[b]], batch);
                    }

                    judge.Advance(at);
                    report.PresentSeconds++;
                    if (judge.StateOf(Shopper) == SceneState.InStore && judge.ZoneOf(Shopper) == zone)
                    {
                        report.CorrectZoneSeconds++;
                    }

                    t++;
                }
            }

            var end = t;
            for (; t < end + 120; t++)
            {
                judge.Advance(t0.AddSeconds(t));
            }

            Score(report, judge.Log, t0, start, end, zoneStarts, dwellS);
        }

        return report;
    }

    internal static void Score(ZoneTourReport report, IReadOnlyList<(string Shopper, string Kind, DateTimeOffset At, string? Zone)> log, DateTimeOffset t0, int start, int end, List<(int At, string Zone)> zoneStarts, double dwellS)
    {
        double S(DateTimeOffset at) => (at - t0).TotalSeconds;
        var decisions = log.Where(d => S(d.At) >= start && S(d.At) < end + 120).ToList();
        var entry = decisions.FirstOrDefault(d => d.Kind == "Entered");
        if (entry.Kind is null)
        {
            report.MissedEntries++;
        }
        else
        {
            report.EntryDelays.Add(S(entry.At) - start);
        }

        report.FalseExits += decisions.Count(d => d.Kind.StartsWith("Left", StringComparison.Ordinal) && S(d.At) < end);
        var exit = decisions.FirstOrDefault(d => d.Kind.StartsWith("Left", StringComparison.Ordinal) && S(d.At) >= end);
        if (exit.Kind is not null)
        {
            report.ExitDelays.Add(S(exit.At) - end);
        }

        report.TrueZoneChanges += zoneStarts.Count - 1;
        var changes = decisions.Where(d => d.Kind == "ZoneChanged").ToList();
        report.PredictedZoneChanges += changes.Count;
        foreach (var (at, zone) in zoneStarts.Skip(1))
        {
            var hit = changes.FirstOrDefault(c => c.Zone == zone && S(c.At) >= at);
            if (hit.Kind is not null)
            {
                report.ZoneDelays.Add(S(hit.At) - at);
            }
        }

        foreach (var dwell in decisions.Where(d => d.Kind == "DwellStarted"))
        {
            var zoneStart = zoneStarts.LastOrDefault(z => z.At <= S(dwell.At) - dwellS);
            report.DwellDelays.Add(S(dwell.At) - (zoneStart.At + dwellS));
        }
    }

    /// <summary>Samples per sector (1–28), each the RSSI of B1…B6.</summary>
    public static Dictionary<int, List<int[]>> Load(string path)
    {
        var samples = new Dictionary<int, List<int[]>>();
        using var csv = CsvFile.Open(new StreamReader(path));
        foreach (var row in csv)
        {
            if (CsvFile.IsBlank(row))
            {
                continue;
            }

            var values = new int[7];
            var ok = row.ColCount >= 7;
            for (var i = 0; ok && i < 7; i++)
            {
                ok = int.TryParse(row[i].Span, NumberStyles.Integer, CultureInfo.InvariantCulture, out values[i]);
            }

            if (!ok)
            {
                throw new InvalidDataException($"{path} line {row.LineNumberFrom}: expected B1..B6 (RSSI, whole dBm) and Sector (1–28), got '{row.Span}'");
            }

            if (!samples.TryGetValue(values[6], out var list))
            {
                samples[values[6]] = list = [];
            }

            list.Add(values[..6]);
        }

        var missing = Visits.SelectMany(v => v).Where(s => samples.GetValueOrDefault(s)?.Count is not > Calibration).ToList();
        return missing.Count == 0
            ? samples
            : throw new InvalidDataException($"{path}: sectors {string.Join(", ", missing)} need more than {Calibration} samples each (the BLE sector recordings have 100)");
    }
}
