using ScenarioEdge.Simulation.Scenarios;

namespace ScenarioEdge.Simulation.Running;

/// <summary>
/// The clock a scenario runs on. Without <c>startLocal</c> it is the given clock. With it, it is the given clock as
/// is when that already reads the start (up to <see cref="Tolerance"/> later, on the right weekday), so that a test
/// or host which moved the clock for both the gateway and the simulator is not moved again; otherwise the given clock
/// moved back to the latest instant at which the store's local clock read the start.
/// </summary>
public static class ScenarioStartClock
{
    /// <summary>How long after the start a clock still counts as at the start (the gateway starting, provisioning).</summary>
    public static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(10);

    public static TimeProvider For(Scenario scenario, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(time);
        if (scenario.StartLocal is null)
        {
            return time;
        }

        var zone = TimeZoneInfo.FindSystemTimeZoneById(scenario.Store.TimeZone);
        var start = TimelineValidation.LocalTime(scenario.StartLocal)!.Value;
        var weekday = scenario.Weekday is { } day ? TimelineValidation.WeekdayOf(day) : null;
        var now = time.GetUtcNow();
        var local = TimeZoneInfo.ConvertTime(now, zone);
        var since = local.TimeOfDay - start;
        if (since >= TimeSpan.Zero && since < Tolerance && (weekday is null || local.DayOfWeek == weekday))
        {
            return time;
        }

        return new ScenarioTimeProvider(time, LatestAt(zone, start, weekday, now) - now);
    }

    /// <summary>The instant the store's clock reads <paramref name="localTime"/> on the local day of <paramref name="at"/>.</summary>
    public static DateTimeOffset SameDayAt(TimeZoneInfo zone, TimeSpan localTime, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = TimeZoneInfo.ConvertTime(at, zone);
        return Instant(zone, local.Date + localTime);
    }

    private static DateTimeOffset LatestAt(TimeZoneInfo zone, TimeSpan start, DayOfWeek? weekday, DateTimeOffset now)
    {
        var today = TimeZoneInfo.ConvertTime(now, zone).Date;
        for (var back = 0; ; back++)
        {
            var day = today.AddDays(-back);
            if (weekday is { } w && day.DayOfWeek != w)
            {
                continue;
            }

            var instant = Instant(zone, day + start);
            if (instant <= now)
            {
                return instant;
            }
        }
    }

    // A local time that a spring-forward skips is taken an hour later; an ambiguous one as its first occurrence.
    private static DateTimeOffset Instant(TimeZoneInfo zone, DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(unspecified))
        {
            unspecified = unspecified.AddHours(1);
        }

        var offset = zone.IsAmbiguousTime(unspecified) ? zone.GetAmbiguousTimeOffsets(unspecified).Max() : zone.GetUtcOffset(unspecified);
        return new DateTimeOffset(unspecified, offset);
    }
}
