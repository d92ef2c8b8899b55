namespace ScenarioEdge.Campaigns.Compilation;

/// <summary>An event time in the store's time zone, worked out once per event and shared by every condition.</summary>
public readonly record struct LocalMoment(int MinuteOfDay, DayOfWeek Day)
{
    public static LocalMoment Of(DateTimeOffset instant, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        return new LocalMoment((local.Hour * 60) + local.Minute, local.DayOfWeek);
    }
}
