#pragma warning disable CA5394 // Simulation noise needs no cryptographic randomness.
using ScenarioEdge.Simulation.Radio;

namespace ScenarioEdge.Simulation.Evaluation;

public sealed partial class JourneyGenerator
{
    private const long DayMs = 86_400_000;
    private const long HourMs = 3_600_000;

    /// <summary>
    /// Several days per shopper, day 0 a Monday (UTC): commuters by vehicle (40%) or by bike (35%, mostly without a
    /// heart strap) travel the same way at about the same time on most weekdays and shop on the way home; everyone
    /// rides or runs for leisure now and then at irregular hours (weekends mostly). The phone reports its distance to
    /// the store most of the time. Labels stay honest: a bike commute is commuting, a leisure ride is exercising.
    /// With <paramref name="days"/> ≤ 1 this is <see cref="Generate(int)"/>, row for row.
    /// </summary>
    public List<LabelledRow> Generate(int shoppers, int days)
    {
        if (days <= 1)
        {
            return Generate(shoppers);
        }

        var rows = new List<LabelledRow>();
        var radio = new PathLossModel(Store.Radio, _random);
        for (var i = 0; i < shoppers; i++)
        {
            var r = _random.NextDouble();
            var commute = r < 0.4 ? Activity.Ride : r < 0.75 ? Activity.CommuteCycle : Activity.Rest;
            var strap = _random.NextDouble() < (commute == Activity.CommuteCycle ? 0.25 : 0.5);
            var shopper = new Person($"sim{i:000}", strap, _random.NextDouble() < 0.25, 55 + _random.Next(20), 175 + _random.Next(25));
            var leave = (long)(U(6.75, 8.5) * HourMs);
            var back = (long)(U(16.5, 18.5) * HourMs);
            var rideMinutes = U(12, 30);
            var home = Math.Exp(U(Math.Log(800), Math.Log(8000)));
            var work = Math.Exp(U(Math.Log(300), Math.Log(12000)));
            for (var d = 0; d < days; d++)
            {
                var day = d * DayMs;
                var weekday = d % 7 < 5;
                if (weekday && commute != Activity.Rest && _random.NextDouble() < 0.9)
                {
                    var morning = day + leave + (long)N(0, 8 * 60_000);
                    var ride = rideMinutes * U(0.9, 1.15);
                    Play(rows, shopper, radio, morning,
                        (Activity.Rest, U(5, 15), Place(home)),
                        (Activity.Walk, U(3, 6), Place(home, home * 0.9)),
                        (commute, ride, Place(home * 0.9, work)),
                        (Activity.Walk, U(2, 5), Place(work)));
                    var evening = day + back + (long)N(0, 8 * 60_000);
                    Play(rows, shopper, radio, evening,
                        (Activity.Walk, U(2, 4), Place(work)),
                        (commute, ride, Place(work, 200)),
                        (Activity.WalkToStore, U(2, 4), null),
                        (Activity.Shop, U(6, 15), null),
                        (Activity.WalkFromStore, U(2, 4), null),
                        (Activity.Rest, U(10, 30), Place(home)));
                }
                else if (commute == Activity.Rest && weekday && _random.NextDouble() < 0.5)
                {
                    Play(rows, shopper, radio, day + (long)(U(10, 18) * HourMs),
                        (Activity.Rest, U(5, 15), Place(home)),
                        (Activity.Walk, U(4, 10), Place(home, 200)),
                        (Activity.WalkToStore, U(2, 4), null),
                        (Activity.Shop, U(6, 20), null),
                        (Activity.WalkFromStore, U(2, 4), null),
                        (Activity.Rest, U(10, 30), Place(home)));
                }

                if (_random.NextDouble() < (weekday ? 0.25 : 0.7))
                {
                    // Leisure at an hour of its own: mid-morning to afternoon at weekends, lunch or late evening on weekdays.
                    var hour = weekday ? (_random.NextDouble() < 0.5 ? U(12, 13.5) : U(19.5, 21)) : U(9, 16);
                    var peak = home * U(1.5, 4);
                    Play(rows, shopper, radio, day + (long)(hour * HourMs),
                        (Activity.Rest, U(5, 15), Place(home)),
                        (_random.NextDouble() < 0.6 ? Activity.Cycle : Activity.Run, U(25, 75), Loop(home, peak)),
                        (Activity.Rest, U(10, 20), Place(home)));
                }
            }
        }

        return rows;
    }

    private void Play(List<LabelledRow> rows, Person shopper, PathLossModel radio, long t, params (Activity Activity, double Minutes, Func<double, double>? Place)[] segments)
    {
        foreach (var (activity, minutes, place) in segments)
        {
            var start = t;
            var end = t + (long)(minutes * 60_000);
            Func<long, double>? at = place is null ? null : ms => place((ms - start) / (double)(end - start));
            for (; t < end; t += StepMs)
            {
                if (_random.NextDouble() < 0.05)
                {
                    continue; // a lost message
                }

                Emit(rows, shopper, activity, t, start, end, radio, at);
            }
        }
    }

    /// <summary>Distance to the store along a straight trip, by progress 0..1.</summary>
    private static Func<double, double> Place(double from, double? to = null) => p => from + (((to ?? from) - from) * p);

    /// <summary>Out and back from home, furthest at half-way.</summary>
    private static Func<double, double> Loop(double home, double peak) => p => home + ((peak - home) * Math.Sin(Math.PI * p));
}
