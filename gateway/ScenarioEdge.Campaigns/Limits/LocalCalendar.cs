namespace ScenarioEdge.Campaigns.Limits;

/// <summary>
/// Local calendar arithmetic in a store's time zone that survives DST: a local day is midnight to midnight (23 or 25
/// hours on change days), a local time that does not exist (spring forward) moves to the first valid minute after
/// it, and one that exists twice (fall back) means its first occurrence.
/// </summary>
public static class LocalCalendar
{
    public static DateOnly DateOf(DateTimeOffset instant, TimeZoneInfo zone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

    /// <summary>The instant the local day after <paramref name="instant"/>'s local day begins.</summary>
    public static DateTimeOffset NextMidnight(DateTimeOffset instant, TimeZoneInfo zone) =>
        ToInstant(DateOf(instant, zone).AddDays(1).ToDateTime(TimeOnly.MinValue), zone);

    /// <summary>The first instant after <paramref name="instant"/> at which the local clock reads <paramref name="minuteOfDay"/>.</summary>
    public static DateTimeOffset NextAt(DateTimeOffset instant, int minuteOfDay, TimeZoneInfo zone)
    {
        var date = DateOf(instant, zone);
        for (var day = 0; day < 3; day++)
        {
            var candidate = ToInstant(date.AddDays(day).ToDateTime(TimeOnly.MinValue).AddMinutes(minuteOfDay), zone);
            if (candidate > instant)
            {
                return candidate;
            }
        }

        return instant.AddDays(1);
    }

    public static DateTimeOffset ToInstant(DateTime local, TimeZoneInfo zone)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(1);
        }

        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }
}
