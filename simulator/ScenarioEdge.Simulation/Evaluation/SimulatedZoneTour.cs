#pragma warning disable CA5394 // Simulation noise needs no cryptographic randomness.
using ScenarioEdge.Protocol.Messages;
using ScenarioEdge.Provisioning;
using ScenarioEdge.Simulation.Calibration;
using ScenarioEdge.Simulation.Radio;
using ScenarioEdge.Simulation.Scenarios;

namespace ScenarioEdge.Simulation.Evaluation;

/// <summary>
/// Store visits in a simulated store whose geometry is known, so that all three zone methods can be compared: six
/// zones on a 3 × 2 grid (8 m × 6 m apart), six scanners on the long walls, one per zone (or, sparse, five scanners:
/// four in the corners and one in the middle). A visitor stands 30–120 s
/// somewhere within 2 m of a zone's centre, then walks at 1.2 m/s to another zone. Each second every scanner reports
/// the median of five adverts, as the edge agent does, with per-advert noise and a slowly drifting body-shadowing
/// offset per scanner. The fingerprints come from a separate calibration walk (other noise, other spots). Accuracy is
/// scored while the visitor stands; a zone starts when the walk crosses into the destination's cell.
/// </summary>
public sealed class SimulatedZoneTour
{
    private const string Shopper = "walker";
    private const string StoreId = "grid-store";
    private const double WalkMps = 1.2;
    private static readonly RadioSpec Radio = new() { TxPowerAt1m = -59, PathLossExponent = 2.5, NoiseDb = 5, SensitivityDbm = -100 };
    private readonly Random _random;
    private readonly Random _calibration;
    private readonly PathLossModel _tourRadio;
    private readonly PathLossModel _calibrationRadio;
    private readonly (string Device, string Zone, double X, double Y)[] _scanners;

    public SimulatedZoneTour(int seed, bool sparse = false)
    {
        _random = new Random(seed);
        _calibration = new Random(seed + 1_000_003);
        _tourRadio = new PathLossModel(Radio, _random);
        _calibrationRadio = new PathLossModel(Radio, _calibration);
        _scanners = sparse ? Sparse : Dense;
    }

    private static readonly (string Id, double X, double Y)[] Zones =
        [("produce", 4, 3), ("bakery", 12, 3), ("dairy", 20, 3), ("drinks", 4, 9), ("snacks", 12, 9), ("checkout", 20, 9)];


    // Fewer scanners than zones: four in the corners, one over the middle aisle. The strongest scanner can never name
    // the snacks zone here; a position can.
    private static readonly (string Device, string Zone, double X, double Y)[] Sparse =
    [
        ("scan-sw", "produce", 0.3, 0.3), ("scan-se", "dairy", 23.7, 0.3), ("scan-nw", "drinks", 0.3, 11.7),
        ("scan-ne", "checkout", 23.7, 11.7), ("scan-mid", "bakery", 12, 6),
    ];

    private static readonly (string Device, string Zone, double X, double Y)[] Dense =
    [
        ("scan-produce", "produce", 4, 0.3), ("scan-bakery", "bakery", 12, 0.3), ("scan-dairy", "dairy", 20, 0.3),
        ("scan-drinks", "drinks", 4, 11.7), ("scan-snacks", "snacks", 12, 11.7), ("scan-checkout", "checkout", 20, 11.7),
    ];

    /// <summary>The store, with fingerprints from a calibration walk of 60 s in each zone.</summary>
    public SimulatedStore Store(string method)
    {
        var store = new SimulatedStore { Id = StoreId, ZoneMethod = method, Radio = Radio };
        var walk = new List<(string Zone, string Scanner, double Rssi)>();
        var shadow = new double[_scanners.Length];
        if (string.Equals(method, "fingerprint", StringComparison.OrdinalIgnoreCase))
        {
            foreach (var (id, x, y) in Zones)
            {
                for (var t = 0; t < 60; t++)
                {
                    var (px, py) = Near(_calibration, x, y);
                    for (var s = 0; s < _scanners.Length; s++)
                    {
                        if (Report(_calibration, _calibrationRadio, s, px, py, shadow) is { } rssi)
                        {
                            walk.Add((id, _scanners[s].Device, rssi));
                        }
                    }
                }
            }
        }

        var fingerprints = ZoneCalibration.Fingerprints(walk, minSamples: 30);
        foreach (var (id, x, y) in Zones)
        {
            store.Zones.Add(new ZoneSpec { Id = id, X = x, Y = y, Fingerprint = fingerprints.TryGetValue(id, out var f) ? new(f, StringComparer.Ordinal) : [] });
        }

        foreach (var (device, zone, x, y) in _scanners)
        {
            store.Scanners.Add(new ScannerSpec { Device = device, Zone = zone, X = x, Y = y });
        }

        return store;
    }

    public ZoneTourReport Run(ISceneJudge judge, string method, int visits = 12, double dwellS = 20)
    {
        ArgumentNullException.ThrowIfNull(judge);
        judge.DefineStore(Store(method));
        judge.Register(Shopper, null, null, null);
        var report = new ZoneTourReport { Visits = visits, Zones = Zones.Length };
        var t0 = new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);
        var shadow = new double[_scanners.Length];
        long sequence = 0;
        var t = 0;
        for (var v = 0; v < visits; v++)
        {
            var start = t;
            var zoneStarts = new List<(int At, string Zone)>();
            var current = _random.Next(Zones.Length);
            var (px, py) = Near(_random, Zones[current].X, Zones[current].Y);
            zoneStarts.Add((t, Zones[current].Id));
            var stops = 3 + _random.Next(3);
            for (var stop = 0; stop < stops; stop++)
            {
                if (stop > 0)
                {
                    var next = (current + 1 + _random.Next(Zones.Length - 1)) % Zones.Length;
                    var (tx, ty) = Near(_random, Zones[next].X, Zones[next].Y);
                    var steps = (int)Math.Ceiling(Math.Sqrt(((tx - px) * (tx - px)) + ((ty - py) * (ty - py))) / WalkMps);
                    var cell = current;
                    for (var i = 1; i <= steps; i++)
                    {
                        // Every cell the walk crosses is a true zone change, so passing through one is not counted as flapping.
                        var (wx, wy) = (px + ((tx - px) * i / steps), py + ((ty - py) * i / steps));
                        if (Nearest(wx, wy) != cell)
                        {
                            cell = Nearest(wx, wy);
                            zoneStarts.Add((t, Zones[cell].Id));
                        }

                        Second(judge, t0, t++, wx, wy, shadow, ref sequence);
                    }

                    if (cell != next)
                    {
                        zoneStarts.Add((t, Zones[next].Id));
                    }

                    (current, px, py) = (next, tx, ty);
                }

                var stay = 30 + _random.Next(91);
                for (var i = 0; i < stay; i++)
                {
                    Second(judge, t0, t, px, py, shadow, ref sequence);
                    report.PresentSeconds++;
                    if (judge.StateOf(Shopper) == SceneState.InStore && judge.ZoneOf(Shopper) == Zones[current].Id)
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

            ZoneTour.Score(report, judge.Log, t0, start, end, zoneStarts, dwellS);
        }

        return report;
    }

    private void Second(ISceneJudge judge, DateTimeOffset t0, int t, double x, double y, double[] shadow, ref long sequence)
    {
        var at = t0.AddSeconds(t);
        for (var s = 0; s < _scanners.Length; s++)
        {
            if (Report(_random, _tourRadio, s, x, y, shadow) is not { } rssi)
            {
                continue;
            }

            var batch = new SightingsBatch { Id = $"g{++sequence}", Ts = at };
            batch.Sightings.Add(new Sighting { Adv = Shopper, Kind = AdvertiserKind.ShopperToken, Rssi = rssi, RssiSmoothed = rssi, Ts = at });
            judge.Sightings(StoreId, _scanners[s].Device, _scanners[s].Zone, batch);
        }

        judge.Advance(at);
    }

    /// <summary>One second's report of scanner <paramref name="s"/>: the median of five adverts, or null when none was heard.</summary>
    private int? Report(Random random, PathLossModel model, int s, double x, double y, double[] shadow)
    {
        // Body shadowing drifts slowly (AR(1), about 10 s, σ 3 dB): the shopper turns, a trolley passes.
        shadow[s] = (0.9 * shadow[s]) + (Math.Sqrt(1 - (0.9 * 0.9)) * 3 * Gaussian(random));
        var d = Math.Sqrt(((_scanners[s].X - x) * (_scanners[s].X - x)) + ((_scanners[s].Y - y) * (_scanners[s].Y - y)));
        Span<int> adverts = stackalloc int[5];
        var heard = 0;
        for (var i = 0; i < adverts.Length; i++)
        {
            if (model.Sample(d) is { } rssi)
            {
                adverts[heard++] = rssi;
            }
        }

        if (heard == 0)
        {
            return null;
        }

        adverts[..heard].Sort();
        return adverts[heard / 2] + (int)Math.Round(shadow[s]);
    }

    private static (double X, double Y) Near(Random random, double x, double y)
    {
        var angle = random.NextDouble() * 2 * Math.PI;
        var r = 2 * Math.Sqrt(random.NextDouble());
        return (x + (r * Math.Cos(angle)), y + (r * Math.Sin(angle)));
    }

    private static int Nearest(double x, double y)
    {
        var best = 0;
        for (var z = 1; z < Zones.Length; z++)
        {
            if (Distance(z, x, y) < Distance(best, x, y))
            {
                best = z;
            }
        }

        return best;
    }

    private static double Distance(int z, double x, double y) => Math.Sqrt(((Zones[z].X - x) * (Zones[z].X - x)) + ((Zones[z].Y - y) * (Zones[z].Y - y)));

    private static double Gaussian(Random random)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
