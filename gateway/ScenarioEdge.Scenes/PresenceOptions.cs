using System.ComponentModel.DataAnnotations;

namespace ScenarioEdge.Scenes;

/// <summary>
/// Entering and leaving a store (docs/scenes.md, "Presence").
/// Keys stay flat in section <c>Scenes</c> (<c>Scenes:PresenceThresholdDbm</c>); the ranges are declared here beside the defaults,
/// checked by whoever binds them (the gateway at start, the simulator's <c>--set</c>).
/// </summary>
public sealed record PresenceOptions
{
    /// <summary>Weakest RSSI (dBm, after the scanner's receive offset) that counts as evidence of presence.</summary>
    [Range(-127, 0)]
    public int PresenceThresholdDbm { get; set; } = -85;

    /// <summary>Qualifying sightings needed within <see cref="EnterWindow"/> to enter the store.</summary>
    [Range(1, 100)]
    public int EnterMinSightings { get; set; } = 2;

    /// <summary>Window in which <see cref="EnterMinSightings"/> must fall.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan EnterWindow { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Absence of qualifying sightings (event time) after which a shopper has left: exit by signal loss.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "01:00:00")]
    public TimeSpan ExitAfterSignalLoss { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>A phone reporting at least this distance (m) from the store ends an in-store scene at once.</summary>
    [Range(10, 100_000)]
    public double ExitDistanceM { get; set; } = 150;
}
