using System.ComponentModel.DataAnnotations;

namespace ScenarioEdge.Scenes;

/// <summary>
/// Per-shopper route habits and the regularity of a trip (docs/scenes.md, "Route regularity").
/// Keys stay flat in section <c>Scenes</c> (<c>Scenes:RouteHabits</c>); the ranges are declared here beside the defaults,
/// checked by whoever binds them (the gateway at start, the simulator's <c>--set</c>).
/// </summary>
public sealed record RouteHabitOptions : IValidatableObject
{
    /// <summary>Learn each shopper's route habit and let it replace the store-wide commute hours once there is enough history.</summary>
    public bool RouteHabits { get; set; } = true;

    /// <summary>Past days (before today) a habit looks back over; at most 15, the habit keeps 16 day bits.</summary>
    [Range(1, 15)]
    public int RouteHabitDays { get; set; } = 14;

    /// <summary>Observed past days (weekdays, or weekend days, as today) before the habit judges at all.</summary>
    [Range(1, 15)]
    public int RouteHabitMinDays { get; set; } = 3;

    /// <summary>Share of those days with a trip in this slot along a similar place from which a trip is regular.</summary>
    [Range(0.05, 1)]
    public double RouteRegularMinShare { get; set; } = 0.5;

    /// <summary>Extra commuting weight of travel evidence on a regular trip, times the share of days (replaces <see cref="ActivityOptions.CommuteHoursBoost"/>).</summary>
    [Range(0, 1)]
    public double RouteHabitBoost { get; set; } = 0.5;

    /// <summary>Trips on past days of the same kind in this slot, at least, for a regular trip.</summary>
    [Range(1, 15)]
    public int RouteRegularMinTrips { get; set; } = 2;

    /// <summary>On an irregular trip (enough history, not regular), the share of a moving phone's vote that goes to exercising instead of commuting.</summary>
    [Range(0, 1)]
    public double RouteIrregularLeisureShare { get; set; } = 0.5;

    /// <summary>Speed (m/s) from which a signal counts as a trip for the habit (brisk walking and anything faster).</summary>
    [Range(0.5, 10)]
    public double RouteTravelSpeedMps { get; set; } = 1.0;

    /// <summary>Distance (m) of the first distance band; each further band doubles it.</summary>
    [Range(1, 10_000)]
    public double RouteBandBaseM { get; set; } = 50;

    /// <summary>How long the phone's last distance to a store stands for where the shopper is.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "01:00:00")]
    public TimeSpan RoutePlaceFreshFor { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Event time between snapshots of changed habits to LiteDB.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan RouteHabitSaveEvery { get; set; } = TimeSpan.FromMinutes(5);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (RouteHabitMinDays > RouteHabitDays)
        {
            yield return new ValidationResult(
                $"{nameof(RouteHabitMinDays)} ({RouteHabitMinDays}) must not exceed {nameof(RouteHabitDays)} ({RouteHabitDays})",
                [nameof(RouteHabitMinDays)]);
        }
    }
}
