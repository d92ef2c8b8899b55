using System.ComponentModel.DataAnnotations;

namespace ScenarioEdge.Scenes;

/// <summary>
/// The activity judged outside a store from fading, quality-weighted evidence (docs/scenes.md, "Activity").
/// Keys stay flat in section <c>Scenes</c> (<c>Scenes:EvidenceTimeConstant</c>); the ranges are declared here beside the defaults,
/// checked by whoever binds them (the gateway at start, the simulator's <c>--set</c>).
/// </summary>
public sealed record ActivityOptions
{
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
}
