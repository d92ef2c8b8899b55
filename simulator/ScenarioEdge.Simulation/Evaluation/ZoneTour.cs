using System.Globalization;
using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.Simulation.Evaluation;

/// <summary>
/// Walks the BLE sector recordings (six fixed beacons, 100 samples in each of 28 sectors) as three store visits at
/// one sample per second, with 2 minutes of silence between visits. Each beacon acts as the scanner of its own zone.
/// The floors of this data are not separable by the strongest receiver (see docs/scenes.md), so the true zone of a
/// sector is calibrated from its first 50 samples (the zone whose receiver is strongest on average) and the tour
/// plays the other 50. Measures what users of presence systems complain about: zone accuracy, zone flapping, false
/// exits, missed entries, and how late entry, zone, dwell and exit decisions come.
/// </summary>
public static class ZoneTour
{
    private const string Shopper = "walker";
    private const string Store = "sectors";
    private const int Calibration = 50;
    private static readonly string[] Beacons = ["B1", "B2", "B3", "B4", "B5", "B6"];

    private static readonly int[][] Visits = [[1, 2, 3, 4, 8, 9, 10, 11, 12, 13, 14], [15, 16, 17, 18, 19, 20, 21, 5, 6, 7], [22, 23, 24, 25, 26, 27, 28]];

    public static ZoneTourReport Run(string path, ISceneJudge judge, double dwellS = 20)
    {
        var samples = Load(path);
        var truth = samples.ToDictionary(
            s => s.Key,
            s => ZoneOf(Enumerable.Range(0, Beacons.Length).MaxBy(b => s.Value.Take(Calibration).Average(r => r[b]))));
        var report = new ZoneTourReport { Visits = Visits.Length };
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
                        judge.Sightings(Store, Beacons[b], ZoneOf(b), batch);
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

    private static void Score(ZoneTourReport report, IReadOnlyList<(string Shopper, string Kind, DateTimeOffset At, string? Zone)> log, DateTimeOffset t0, int start, int end, List<(int At, string Zone)> zoneStarts, double dwellS)
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

    private static string ZoneOf(int beacon) => $"zone-{Beacons[beacon]}";

    private static Dictionary<int, List<int[]>> Load(string path)
    {
        var samples = new Dictionary<int, List<int[]>>();
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var c = line.Split(',');
            if (c.Length < 7)
            {
                continue;
            }

            var sector = int.Parse(c[6], CultureInfo.InvariantCulture);
            if (!samples.TryGetValue(sector, out var list))
            {
                samples[sector] = list = [];
            }

            list.Add(c.Take(6).Select(v => int.Parse(v, CultureInfo.InvariantCulture)).ToArray());
        }

        return samples;
    }
}
