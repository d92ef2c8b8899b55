using System.ComponentModel.DataAnnotations;

namespace ScenarioEdge.Scenes;

/// <summary>
/// Thresholds of the scene model, by concern. Configuration keeps one flat section <c>Scenes</c> (every key names
/// its setting, e.g. <c>Scenes:ZoneSwitchDriftDb</c>); the host binds each concern from it. Defaults, ranges and the
/// reasoning behind each: docs/scenes.md. The model only reads them.
/// </summary>
public sealed record SceneOptions
{
    public const string Section = "Scenes";

    public PresenceOptions Presence { get; set; } = new();

    public ZoneOptions Zones { get; set; } = new();

    public DwellOptions Dwell { get; set; } = new();

    public ActivityOptions Activity { get; set; } = new();

    public RouteHabitOptions Routes { get; set; } = new();

    // ---- State keeping ----

    /// <summary>Messages older than the shopper's newest event time by more than this are dropped as too late.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan LateTolerance { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>A shopper with no signal for this long (event time) is forgotten.</summary>
    [Range(typeof(TimeSpan), "00:00:30", "1.00:00:00")]
    public TimeSpan IdleExpiry { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Every part of the options, this one first: what a host binds from section <see cref="Section"/> and validates.</summary>
    public IReadOnlyList<object> Parts() => [this, Presence, Zones, Dwell, Activity, Routes];
}
