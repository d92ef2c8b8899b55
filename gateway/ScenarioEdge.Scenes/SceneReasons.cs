using System.Globalization;
using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.Scenes;

/// <summary>The readable evidence behind each decision. Built only when a scene changes.</summary>
internal static class SceneReasons
{
    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    public static List<string> Entered(in ZoneChoice best, SceneOptions o) =>
    [
        F($"{o.Presence.EnterMinSightings} sightings at or above {o.Presence.PresenceThresholdDbm} dBm within {o.Presence.EnterWindow.TotalSeconds:0.#} s"),
        F($"zone {best.Zone}: strongest scanner there {best.Scanner} at {best.Rssi:0} dBm (smoothed)"),
    ];

    public static List<string> ZoneChanged(in ZoneChoice best, string? previous, double lead, TimeSpan held, ZoneMethod method, SceneOptions o) =>
    [
        double.IsNaN(lead)
            ? F($"zone {previous} no longer heard for {o.Zones.ScannerStaleAfter.TotalSeconds:0.#} s")
            : F($"zone {best.Zone} {Fit(method)} than {previous} by {lead:0.#} dB"),
        F($"led for {held.TotalSeconds:0.#} s with enough evidence ({o.Zones.ZoneSwitchEvidenceDbS:0.#} dB·s above a {o.Zones.ZoneSwitchDriftDb:0.#} dB drift)"),
        F($"scanner {best.Scanner} at {best.Rssi:0} dBm (smoothed)"),
    ];

    private static string Fit(ZoneMethod method) => method switch
    {
        ZoneMethod.Position => "nearer the estimated position",
        ZoneMethod.Fingerprint => "matches its calibrated fingerprint better",
        _ => "heard stronger",
    };

    public static List<string> Dwell(string? zone, string? shelf, long dwellTicks) =>
    [
        F($"in zone {zone} for {TimeSpan.FromTicks(dwellTicks).TotalSeconds:0} s (the zone's dwell threshold)"),
        .. shelf is null ? Array.Empty<string>() : [F($"shelf {shelf} stands in this zone")],
    ];

    public static List<string> SignalLost(SceneOptions o) =>
        [F($"no sighting at or above {o.Presence.PresenceThresholdDbm} dBm for {o.Presence.ExitAfterSignalLoss.TotalSeconds:0.#} s")];

    public static List<string> MovedAway(double distance, SceneOptions o) =>
        [F($"phone reports {distance:0} m from the store (exit distance {o.Presence.ExitDistanceM:0} m)")];

    public static string OtherStore(string? store) => F($"heard in store {store}");

    public static string ActivityStale(SceneOptions o) => F($"no activity signal for {o.Activity.ActivityStaleAfter.TotalSeconds:0} s");

    public static List<string> Activity(in ActivityEvidence e, SceneState lead, long at, SceneOptions o)
    {
        var fresh = o.Activity.ActivityStaleAfter.Ticks;
        var reasons = new List<string>(6)
        {
            F($"p({Name(lead)}) = {e.Probability(lead):0.00} over the last {o.Activity.EvidenceTimeConstant.TotalSeconds:0} s of evidence"),
        };
        if (at - e.MotionAt <= fresh && e.MotionAt != 0)
        {
            reasons.Add(F($"acceleration spread {e.Accel:0.###} m/s² ({(e.Accel < o.Activity.StillAccelStdMps2 ? "still" : e.Accel >= o.Activity.VigorousAccelStdMps2 ? "vigorous" : "moving")})"));
        }

        if (at - e.SpeedAt <= fresh && e.SpeedAt != 0)
        {
            reasons.Add(F($"speed {e.SpeedMps:0.0} m/s ({(e.SpeedMps < o.Activity.StillSpeedMps ? "not travelling" : e.SpeedMps <= o.Activity.WalkSpeedMaxMps ? "walking pace" : e.SpeedMps < o.Activity.VehicleSpeedMps ? "running, cycling or slow vehicle" : "vehicle")})"));
        }

        if (at - e.PhoneAt <= fresh && e.PhoneAt != 0)
        {
            reasons.Add(F($"phone says {e.Phone} ({e.PhoneConfidence:P0})"));
        }

        if (at - e.HeartAt <= fresh && e.HeartAt != 0)
        {
            reasons.Add(F($"heart rate {e.HeartRate:0} bpm, {e.HeartRateReserve:P0} of heart-rate reserve"));
        }

        if (at - e.StrideAt <= fresh && e.StrideAt != 0)
        {
            reasons.Add(F($"cadence {e.Cadence:0}"));
        }

        if (at - e.Sound.At <= fresh && e.Sound.At != 0)
        {
            reasons.Add(F($"sound level {e.SoundDb:0} dB ({(e.SoundDb < o.Activity.QuietSoundDb ? "quiet" : "loud")})"));
        }

        if (e.Route.HasHistory)
        {
            reasons.Add(Route(e.Route));
        }
        else if (e.CommuteHours)
        {
            reasons.Add("commute hours in the store's time zone");
        }

        return reasons;
    }

    public static string Route(in RouteRegularity r)
    {
        var kind = r.Weekend ? "weekend days" : "weekdays";
        return r.Kind == RouteRegularityKind.Regular
            ? F($"regular trip: travelled at this time on {r.Days} of the last {r.Of} {kind}")
            : r.Of == 0
                ? F($"not a regular trip: no {kind} in the shopper's recent history")
                : F($"not a regular trip: travelled at this time on {r.Days} of the last {r.Of} {kind}");
    }

    private static string Name(SceneState s) => s.ToString().ToLowerInvariant();
}
