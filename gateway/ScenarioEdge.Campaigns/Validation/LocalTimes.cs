using System.Globalization;
using ScenarioEdge.Protocol.Messages;
using ScenarioEdge.Campaigns.Triggers;

namespace ScenarioEdge.Campaigns.Validation;

/// <summary>Parsing of the small vocabularies of campaign documents: local times, weekdays, scenes, severities.</summary>
public static class LocalTimes
{
    private static readonly string[] DayNames = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

    public static bool TryParseTime(string? text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out time);

    public static bool TryParseDay(string? text, out DayOfWeek day)
    {
        var i = Array.IndexOf(DayNames, text);
        day = (DayOfWeek)Math.Max(i, 0);
        return i >= 0;
    }

    public static bool TryParseInstant(string? text, out DateTimeOffset instant) =>
        DateTimeOffset.TryParseExact(text, ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mmK"], CultureInfo.InvariantCulture,
            DateTimeStyles.None, out instant) && text!.Length > 16 && (text.EndsWith('Z') || text[^6] is '+' or '-');

    public static bool TryParseScene(string? text, out SceneState scene)
    {
        scene = text switch
        {
            "commuting" => SceneState.Commuting,
            "exercising" => SceneState.Exercising,
            "resting" => SceneState.Resting,
            "inStore" => SceneState.InStore,
            _ => SceneState.Unknown,
        };
        return scene != SceneState.Unknown;
    }

    public static bool TryParseSeverity(string? text, out AlertSeverity severity)
    {
        severity = text switch
        {
            "info" => AlertSeverity.Info,
            "advisory" => AlertSeverity.Advisory,
            "warning" => AlertSeverity.Warning,
            "severe" => AlertSeverity.Severe,
            _ => AlertSeverity.None,
        };
        return severity != AlertSeverity.None;
    }
}
