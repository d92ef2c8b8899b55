using System.ComponentModel.DataAnnotations;

namespace ScenarioEdge.Gateway.Presence;

/// <summary>
/// Thresholds of the first presence stage (section <c>Presence</c>). Defaults and their reasoning: docs/presence.md.
/// </summary>
public sealed class PresenceOptions
{
    public const string Section = "Presence";

    /// <summary>Weakest RSSI (dBm, after scanner offset) that counts as evidence of presence.</summary>
    [Range(-127, 0)]
    public int RssiThresholdDbm { get; set; } = -85;

    /// <summary>Qualifying sightings needed within <see cref="EnterWindow"/> to enter.</summary>
    [Range(1, 100)]
    public int EnterMinSightings { get; set; } = 2;

    /// <summary>Window in which <see cref="EnterMinSightings"/> must fall.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan EnterWindow { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Absence of qualifying sightings, in event time, after which the shopper has left.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "01:00:00")]
    public TimeSpan LeaveAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How much stronger (dB, smoothed) another zone must be before the shopper moves there.</summary>
    [Range(0, 30)]
    public double ZoneSwitchMarginDb { get; set; } = 4;

    /// <summary>How long another zone must stay stronger before the shopper moves there.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00")]
    public TimeSpan ZoneSwitchHold { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>A zone not heard from for this long no longer competes.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan ZoneStaleAfter { get; set; } = TimeSpan.FromSeconds(8);
}
