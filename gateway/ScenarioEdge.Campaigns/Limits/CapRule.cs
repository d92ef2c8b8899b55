namespace ScenarioEdge.Campaigns.Limits;

/// <summary>
/// At most <see cref="Count"/> sends per window: a rolling window of <see cref="Window"/> (the last N hours from
/// now), or, when <see cref="Window"/> is null, the local calendar day in the store's time zone (Braze semantics:
/// from local midnight to local midnight, 23 or 25 hours on DST change days).
/// </summary>
public sealed record CapRule(string Name, CapScope Scope, int Count, TimeSpan? Window)
{
    public bool IsCalendarDay => Window is null;

    public static string DefaultName(CapScope scope, int count, TimeSpan? window) =>
        $"{(scope == CapScope.Campaign ? "campaign" : "allCampaigns")}/{count}/{(window is { } w ? Format(w) : "calendarDay")}";

    private static string Format(TimeSpan w) => w.TotalDays >= 1 && w.TotalDays % 1 == 0 ? $"{w.TotalDays}d"
        : w.TotalHours >= 1 && w.TotalHours % 1 == 0 ? $"{w.TotalHours}h"
        : w.TotalMinutes >= 1 && w.TotalMinutes % 1 == 0 ? $"{w.TotalMinutes}m" : $"{w.TotalSeconds}s";
}
