using System.ComponentModel.DataAnnotations;

namespace ScenarioEdge.Scenes;

/// <summary>
/// Thresholds of the scene engine (section <c>Scenes</c>), validated at start. Defaults and the reasoning behind
/// each: docs/scenes.md.
/// </summary>
public sealed class SceneOptions : IValidatableObject
{
    public const string Section = "Scenes";

    // ---- Presence and zones ----

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

    /// <summary>
    /// With several shoppers in a shelf's zone, a shelf event goes to the one the shelf's own scanner hears at least
    /// this much (dB, smoothed) stronger than everyone else there; otherwise to nobody.
    /// </summary>
    [Range(0, 30)]
    public double ShelfAttributionMarginDb { get; set; } = 4;

    /// <summary>A scanner not hearing the shopper for this long no longer competes for the zone.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan ScannerStaleAfter { get; set; } = TimeSpan.FromSeconds(8);

    /// <summary>Dwell threshold for zones that do not set their own.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan DefaultDwell { get; set; } = TimeSpan.FromSeconds(20);

    // ---- Activity ----

    /// <summary>Time constant of the decisive families (speed, phone, heart, stride) and of every family's freshness.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:30:00")]
    public TimeSpan EvidenceTimeConstant { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Time constant of the motion family (acceleration spread), which needs minutes to tell a still phone from a gliding vehicle.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "01:00:00")]
    public TimeSpan MotionTimeConstant { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Acceleration spread (m/s²) from which a window is decisive on-foot movement and motion forgets fast.</summary>
    [Range(0.1, 50)]
    public double DecisiveMotionMps2 { get; set; } = 8;

    /// <summary>Trust in the speed family relative to motion (GPS speed stops with the vehicle at every light).</summary>
    [Range(0, 5)]
    public double SpeedFamilyWeight { get; set; } = 0.5;

    /// <summary>Trust in the phone's own activity class relative to motion, times the class's reported confidence.</summary>
    [Range(0, 5)]
    public double PhoneFamilyWeight { get; set; } = 1.5;

    /// <summary>Lead in probability a new activity needs over the current one before it may take over.</summary>
    [Range(0, 1)]
    public double ActivitySwitchMargin { get; set; } = 0.2;

    /// <summary>How long the new activity must keep that lead.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:30:00")]
    public TimeSpan ActivitySwitchHold { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Probability an activity needs to be decided at all from unknown.</summary>
    [Range(0, 1)]
    public double ActivityMinProbability { get; set; } = 0.5;

    /// <summary>Without any activity signal for this long the activity becomes unknown again.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "01:00:00")]
    public TimeSpan ActivityStaleAfter { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Acceleration spread (m/s²) at which stillness gets half a vote (log scale around it).</summary>
    [Range(0.001, 5)]
    public double StillAccelStdMps2 { get; set; } = 0.05;

    /// <summary>Weight of a fully still acceleration window relative to a moving one (likelihood ratio, see docs).</summary>
    [Range(1, 10)]
    public double StillVoteWeight { get; set; } = 2;

    /// <summary>Trust in the phone's sound level (<c>soundDb</c>) relative to motion (0: ignored).</summary>
    [Range(0, 5)]
    public double SoundFamilyWeight { get; set; } = 0.5;

    /// <summary>Sound level (the phone's dB) at which a window sounds half quiet, half like a vehicle.</summary>
    [Range(0, 200)]
    public double QuietSoundDb { get; set; } = 70;

    /// <summary>Acceleration spread (m/s²) above which the motion looks like running or hard exercise.</summary>
    [Range(1, 50)]
    public double VigorousAccelStdMps2 { get; set; } = 8;

    /// <summary>Speed (m/s) below which the shopper is not travelling.</summary>
    [Range(0, 5)]
    public double StillSpeedMps { get; set; } = 0.4;

    /// <summary>Top of walking pace (m/s).</summary>
    [Range(0.5, 5)]
    public double WalkSpeedMaxMps { get; set; } = 2.3;

    /// <summary>Speed (m/s) above which only a vehicle explains the movement.</summary>
    [Range(3, 40)]
    public double VehicleSpeedMps { get; set; } = 7.5;

    /// <summary>Heart-rate reserve (0–1) from which exercise is likely; fully at this plus 0.2.</summary>
    [Range(0.05, 0.95)]
    public double ExerciseHeartRateReserve { get; set; } = 0.4;

    /// <summary>Heart-rate reserve (0–1) below which the shopper looks at rest.</summary>
    [Range(0, 0.9)]
    public double RestHeartRateReserve { get; set; } = 0.15;

    /// <summary>Resting heart rate assumed when the shopper's own is unknown (bpm).</summary>
    [Range(30, 120)]
    public int DefaultRestingHeartRate { get; set; } = 65;

    /// <summary>Maximum heart rate assumed when the shopper's own is unknown (bpm).</summary>
    [Range(120, 230)]
    public int DefaultMaxHeartRate { get; set; } = 185;

    /// <summary>Step cadence (steps/min) from which the shopper is running.</summary>
    [Range(60, 250)]
    public int RunningCadenceSpm { get; set; } = 140;

    /// <summary>Crank cadence (rpm) from which the shopper is pedalling.</summary>
    [Range(5, 200)]
    public int PedallingCadenceRpm { get; set; } = 35;

    /// <summary>Local hours (store time zone) of the morning commute, "start-end" in hours.</summary>
    [RegularExpression(@"^\d{1,2}(\.\d+)?-\d{1,2}(\.\d+)?$")]
    public string MorningCommute { get; set; } = "6.5-9.5";

    /// <summary>Local hours of the evening commute.</summary>
    [RegularExpression(@"^\d{1,2}(\.\d+)?-\d{1,2}(\.\d+)?$")]
    public string EveningCommute { get; set; } = "16.5-19.5";

    /// <summary>Extra weight for commuting of travel-speed evidence during commute hours.</summary>
    [Range(0, 1)]
    public double CommuteHoursBoost { get; set; } = 0.15;

    // ---- Route regularity (per-shopper habit; docs/scenes.md "Route regularity") ----

    /// <summary>Learn each shopper's route habit and let it replace the store-wide commute hours once there is enough history.</summary>
    public bool RouteHabits { get; set; } = true;

    /// <summary>Past days (before today) a habit looks back over; at most 15, the habit keeps 16 day bits.</summary>
    [Range(1, 15)]
    public int RouteHabitDays { get; set; } = 14;

    /// <summary>Observed past days (weekdays, or weekend days, as today) before the habit judges at all.</summary>
    [Range(1, 15)]
    public int RouteHabitMinDays { get; set; } = 3;

    /// <summary>Share of those days with a trip in this slot along a similar place from which a trip is regular.</summary>
    [Range(0.05, 1)]
    public double RouteRegularMinShare { get; set; } = 0.5;

    /// <summary>Extra commuting weight of travel evidence on a regular trip, times the share of days (replaces <see cref="CommuteHoursBoost"/>).</summary>
    [Range(0, 1)]
    public double RouteHabitBoost { get; set; } = 0.5;

    /// <summary>Trips on past days of the same kind in this slot, at least, for a regular trip.</summary>
    [Range(1, 15)]
    public int RouteRegularMinTrips { get; set; } = 2;

    /// <summary>On an irregular trip (enough history, not regular), the share of a moving phone's vote that goes to exercising instead of commuting.</summary>
    [Range(0, 1)]
    public double RouteIrregularLeisureShare { get; set; } = 0.5;

    /// <summary>Speed (m/s) from which a signal counts as a trip for the habit (brisk walking and anything faster).</summary>
    [Range(0.5, 10)]
    public double RouteTravelSpeedMps { get; set; } = 1.0;

    /// <summary>Distance (m) of the first distance band; each further band doubles it.</summary>
    [Range(1, 10_000)]
    public double RouteBandBaseM { get; set; } = 50;

    /// <summary>How long the phone's last distance to a store stands for where the shopper is.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "01:00:00")]
    public TimeSpan RoutePlaceFreshFor { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Event time between snapshots of changed habits to LiteDB.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan RouteHabitSaveEvery { get; set; } = TimeSpan.FromMinutes(5);

    // ---- State keeping ----

    /// <summary>Messages older than the shopper's newest event time by more than this are dropped as too late.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan LateTolerance { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>A shopper with no signal for this long (event time) is forgotten.</summary>
    [Range(typeof(TimeSpan), "00:00:30", "1.00:00:00")]
    public TimeSpan IdleExpiry { get; set; } = TimeSpan.FromMinutes(10);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (RouteHabitMinDays > RouteHabitDays)
        {
            yield return new ValidationResult(
                $"{nameof(RouteHabitMinDays)} ({RouteHabitMinDays}) must not exceed {nameof(RouteHabitDays)} ({RouteHabitDays})",
                [nameof(RouteHabitMinDays)]);
        }
    }
}
