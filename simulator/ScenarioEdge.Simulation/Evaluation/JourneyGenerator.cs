#pragma warning disable CA5394 // Simulation noise needs no cryptographic randomness.
using ScenarioEdge.Protocol.Messages;
using ScenarioEdge.Provisioning;
using ScenarioEdge.Simulation.Radio;
using ScenarioEdge.Simulation.Scenarios;

namespace ScenarioEdge.Simulation.Evaluation;

/// <summary>
/// Labelled days of simulated shoppers: rest, walk and ride to a store, shop through its zones, go home, exercise.
/// Each row is what the phone, a wearable (if the shopper has one) and the store's scanners would report over five
/// seconds, with realistic noise: missing GPS, a phone classifier that is often wrong, handling spikes, radio noise
/// and dropped messages. The label is the shopper's true scene.
/// </summary>
public sealed partial class JourneyGenerator(int seed)
{
    private const int StepMs = 5000;
    private readonly Random _random = new(seed);

    /// <summary>The store the journeys shop in (three zones, one scanner each).</summary>
    public static SimulatedStore Store { get; } = new()
    {
        Id = "eval-store",
        Zones =
        [
            new ZoneSpec { Id = "entrance", X = 0, Y = 0 },
            new ZoneSpec { Id = "aisle", X = 12, Y = 0 },
            new ZoneSpec { Id = "checkout", X = 12, Y = 10 },
        ],
        Scanners =
        [
            new ScannerSpec { Device = "scan-entrance", Zone = "entrance", X = 1, Y = 0 },
            new ScannerSpec { Device = "scan-aisle", Zone = "aisle", X = 13, Y = 0 },
            new ScannerSpec { Device = "scan-checkout", Zone = "checkout", X = 12, Y = 11 },
        ],
        Radio = new RadioSpec { NoiseDb = 4, PathLossExponent = 2.5 },
    };

    /// <summary>The store as a scenario file, for <c>--store</c>.</summary>
    public static string StoreYaml => """
        name: eval-store
        store:
          id: eval-store
          zones:
            - { id: entrance, x: 0, y: 0 }
            - { id: aisle, x: 12, y: 0 }
            - { id: checkout, x: 12, y: 10 }
          scanners:
            - { device: scan-entrance, zone: entrance, x: 1, y: 0 }
            - { device: scan-aisle, zone: aisle, x: 13, y: 0 }
            - { device: scan-checkout, zone: checkout, x: 12, y: 11 }
        """;

    public List<LabelledRow> Generate(int shoppers)
    {
        var rows = new List<LabelledRow>();
        var radio = new PathLossModel(Store.Radio, _random);
        for (var i = 0; i < shoppers; i++)
        {
            var shopper = new Person($"sim{i:000}", _random.NextDouble() < 0.5, _random.NextDouble() < 0.25, 55 + _random.Next(20), 175 + _random.Next(25));
            long t = _random.Next(0, 60_000);
            foreach (var (activity, minutes) in Day())
            {
                var start = t;
                var end = t + (long)(minutes * 60_000);
                for (; t < end; t += StepMs)
                {
                    if (_random.NextDouble() < 0.05)
                    {
                        continue; // a lost message
                    }

                    Emit(rows, shopper, activity, t, start, end, radio);
                }
            }
        }

        return rows;
    }

    private IEnumerable<(Activity, double)> Day()
    {
        yield return (Activity.Rest, U(10, 30));
        yield return (Activity.Walk, U(4, 10));
        yield return (Activity.Ride, U(10, 30));
        yield return (Activity.WalkToStore, U(2, 5));
        yield return (Activity.Shop, U(6, 20));
        yield return (Activity.WalkFromStore, U(2, 5));
        yield return (Activity.Rest, U(15, 40));
        yield return (_random.NextDouble() < 0.6 ? Activity.Run : Activity.Cycle, U(15, 40));
        yield return (Activity.Rest, U(10, 30));
    }

    private void Emit(List<LabelledRow> rows, Person p, Activity a, long t, long start, long end, PathLossModel radio, Func<long, double>? place = null)
    {
        var line = rows.Count + 2;
        var label = a switch
        {
            Activity.Rest => "resting",
            Activity.Run or Activity.Cycle => "exercising",
            Activity.Shop => "in-store",
            _ => "commuting",
        };
        var row = new LabelledRow(line, t, p.Id, label);
        var reserve = a switch
        {
            Activity.Rest => U(0, 0.08),
            Activity.Ride => U(0.02, 0.12),
            Activity.Run => U(0.55, 0.85),
            Activity.Cycle => U(0.45, 0.75),
            Activity.CommuteCycle => U(0.25, 0.5),
            _ => U(0.15, 0.35),
        };
        if (p.HeartStrap && _random.NextDouble() < 0.9)
        {
            row = row with { HeartRate = Math.Round(p.Rest + (reserve * (p.Max - p.Rest)) + N(0, 3)) };
        }

        if (p.FootPod && a is Activity.Walk or Activity.WalkToStore or Activity.WalkFromStore or Activity.Run or Activity.Shop)
        {
            row = row with { CadenceSpm = a == Activity.Run ? N(165, 8) : a == Activity.Shop ? U(0, 80) : N(108, 10) };
        }

        if (_random.NextDouble() < 0.9)
        {
            row = row with
            {
                AccelStd = Math.Max(0.002, a switch
                {
                    Activity.Rest => _random.NextDouble() < 0.05 ? U(0.2, 1.0) : U(0.005, 0.05),
                    Activity.Ride => _random.NextDouble() < 0.1 ? U(0.02, 0.08) : U(0.1, 1.5),
                    Activity.Run => N(11, 2),
                    Activity.Cycle or Activity.CommuteCycle => U(1, 3.5),
                    Activity.Shop => U(0.05, 2.5),
                    _ => N(3, 1),
                }),
                SpeedMps = _random.NextDouble() < 0.45 ? null : Math.Max(0, a switch
                {
                    Activity.Rest => U(0, 0.6),
                    Activity.Ride => _random.NextDouble() < 0.3 ? U(0, 0.4) : U(4, 25),
                    Activity.Run => N(2.9, 0.5),
                    Activity.Cycle => N(6.5, 1.5),
                    Activity.CommuteCycle => _random.NextDouble() < 0.15 ? U(0, 0.4) : N(5.5, 1.3),
                    Activity.Shop => U(0, 1),
                    _ => N(1.35, 0.3),
                }),
            };
            var (phone, wrong) = a switch
            {
                Activity.Rest => (PhoneActivity.Still, PhoneActivity.Walking),
                Activity.Ride => (PhoneActivity.InVehicle, PhoneActivity.Still),
                Activity.Run => (PhoneActivity.Running, PhoneActivity.Walking),
                Activity.Cycle or Activity.CommuteCycle => (PhoneActivity.Cycling, PhoneActivity.InVehicle),
                Activity.Shop => (_random.NextDouble() < 0.5 ? PhoneActivity.Still : PhoneActivity.Walking, PhoneActivity.Walking),
                _ => (PhoneActivity.Walking, PhoneActivity.Still),
            };
            row = row with { Phone = _random.NextDouble() < 0.2 ? wrong : phone, PhoneConfidence = Math.Round(U(0.4, 0.95), 2) };
            if (a == Activity.WalkToStore)
            {
                row = row with { DistanceToStoreM = Math.Round(Math.Max(0, (end - t) / 1000.0 * 1.3)) };
            }
            else if (a == Activity.WalkFromStore)
            {
                row = row with { DistanceToStoreM = Math.Round((t - start + StepMs) / 1000.0 * 1.3) };
            }
            else if (place is not null && a != Activity.Shop && _random.NextDouble() < 0.8)
            {
                // Multi-day journeys: the phone knows roughly where it is most of the time.
                row = row with { DistanceToStoreM = Math.Round(Math.Max(0, place(t) * (1 + N(0, 0.03)))) };
            }
        }

        if (a != Activity.Shop)
        {
            rows.Add(row);
            return;
        }

        // In the store the shopper drifts between zones every minute or two; each scanner that hears reports.
        var zone = Store.Zones[(int)(t / 90_000 % Store.Zones.Count)];
        var first = true;
        foreach (var scanner in Store.Scanners)
        {
            var distance = Math.Sqrt(Math.Pow(zone.X + N(0, 1.5) - scanner.X, 2) + Math.Pow(zone.Y + N(0, 1.5) - scanner.Y, 2));
            var heard = Enumerable.Range(0, 5).Select(_ => radio.Sample(distance)).Where(r => r is not null).Select(r => r!.Value).Order().ToList();
            if (heard.Count == 0)
            {
                continue;
            }

            rows.Add((first ? row : new LabelledRow(line, t, p.Id, label)) with { Line = rows.Count + 2, Scanner = scanner.Device, Rssi = heard[heard.Count / 2] });
            first = false;
        }

        if (first)
        {
            rows.Add(row);
        }
    }

    private double U(double from, double to) => from + (_random.NextDouble() * (to - from));

    private double N(double mean, double sd) => mean + (sd * Math.Sqrt(-2.0 * Math.Log(1.0 - _random.NextDouble())) * Math.Cos(2 * Math.PI * _random.NextDouble()));

    private enum Activity
    {
        Rest,
        Walk,
        Ride,
        WalkToStore,
        Shop,
        WalkFromStore,
        Run,
        Cycle,
        /// <summary>Riding a bike to work or home: the phone looks like <see cref="Cycle"/>, the label is commuting.</summary>
        CommuteCycle,
    }

    private sealed record Person(string Id, bool HeartStrap, bool FootPod, int Rest, int Max);
}
