namespace ScenarioEdge.Gateway.Scenes;

/// <summary>Why a signal did not reach the scene engine: label values of <c>se_scene_signals_dropped_total</c>.</summary>
public static class SceneDropReasons
{
    public const int NoPresenceConsent = 0;
    public const int NoActivityConsent = 1;
    public const int UnknownWearable = 2;
    public const int Late = 3;
    public const int TimelineFull = 4;
    public const int UnknownBeacon = 5;

    public static IReadOnlyList<string> Names { get; } = ["no_presence_consent", "no_activity_consent", "unknown_wearable", "late", "timeline_full", "unknown_beacon"];
}
