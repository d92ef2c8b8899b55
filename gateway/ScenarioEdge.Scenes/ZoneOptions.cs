using System.ComponentModel.DataAnnotations;

namespace ScenarioEdge.Scenes;

/// <summary>
/// Which zone a shopper stands in: RSSI smoothing, the zone methods and the hysteresis of a move (docs/scenes.md, "Zone estimate").
/// Keys stay flat in section <c>Scenes</c> (<c>Scenes:RssiClipDb</c>); the ranges are declared here beside the defaults,
/// checked by whoever binds them (the gateway at start, the simulator's <c>--set</c>).
/// </summary>
public sealed record ZoneOptions
{
    /// <summary>Largest change (dB) one sighting may make to a scanner's smoothed RSSI: clips multipath spikes and deep fades.</summary>
    [Range(1, 40)]
    public double RssiClipDb { get; set; } = 8;

    /// <summary>Weight of a new sighting in a scanner's smoothed RSSI (exponential smoothing).</summary>
    [Range(0.01, 1)]
    public double RssiSmoothing { get; set; } = 0.35;

    /// <summary>
    /// Lead (dB of zone score) another zone must keep over the current one to gather evidence for a move; smaller
    /// leads (noise between neighbouring zones) wear the evidence down. A CUSUM drift.
    /// </summary>
    [Range(0, 30)]
    public double ZoneSwitchDriftDb { get; set; } = 2.5;

    /// <summary>Evidence (dB × seconds of lead above the drift) that moves the shopper to another zone.</summary>
    [Range(0, 1000)]
    public double ZoneSwitchEvidenceDbS { get; set; } = 20;

    /// <summary>Largest lead (dB) one moment may contribute, so one spike or one fade never moves anybody alone.</summary>
    [Range(1, 60)]
    public double ZoneSwitchLeadCapDb { get; set; } = 10;

    /// <summary>Shortest time another zone must lead before the shopper moves there, whatever the evidence.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00")]
    public TimeSpan ZoneSwitchMinHold { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Path-loss exponent for the <c>position</c> zone method's weights (2 free space, 2.5–3.5 furnished indoors).</summary>
    [Range(1, 6)]
    public double PathLossExponent { get; set; } = 2.5;

    /// <summary>
    /// For the <c>position</c> method: scanners weigh 1/distance^k. 1 pulls every estimate towards the middle of the
    /// scanners; higher powers trust the near scanners more.
    /// </summary>
    [Range(0.5, 6)]
    public double PositionWeightPower { get; set; } = 2;

    /// <summary>For the <c>position</c> method: dB of zone score per metre of distance to a zone centre.</summary>
    [Range(0.1, 20)]
    public double PositionDbPerMetre { get; set; } = 2;

    /// <summary>For the <c>fingerprint</c> method: the RSSI (dBm) a scanner that does not hear the shopper counts as.</summary>
    [Range(-127, -40)]
    public double FingerprintMissingDbm { get; set; } = -100;

    /// <summary>A scanner not hearing the shopper for this long no longer competes for the zone.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan ScannerStaleAfter { get; set; } = TimeSpan.FromSeconds(8);
}
