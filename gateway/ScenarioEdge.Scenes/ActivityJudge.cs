using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.Scenes;

/// <summary>
/// Turns one activity signal into votes. Soft ramps instead of hard cut-offs, so a value near a threshold votes
/// both ways; every missing field simply casts no vote.
/// </summary>
internal static class ActivityJudge
{
    public static void Observe(ref ActivityEvidence e, in SceneSignal s, long at, SceneOptions o, RouteHabit? habit = null)
    {
        e.LastSignalTicks = Math.Max(e.LastSignalTicks, at);
        // With enough history the shopper's own habit replaces the store-wide commute hours (docs/scenes.md).
        e.Route = habit?.Judge(at, o.Routes) ?? default;
        var hour = double.IsNaN(s.LocalHour) && habit is not null ? habit.LocalHour(at) : s.LocalHour;
        e.CommuteHours = !e.Route.HasHistory && InCommuteHours(hour, o);
        e.CommuteBoost = e.Route.HasHistory ? e.Route.Boost : e.CommuteHours ? (float)o.Activity.CommuteHoursBoost : 0f;
        if (!double.IsNaN(s.AccelStdMps2))
        {
            Motion(ref e, s.AccelStdMps2, at, o);
        }

        if (!double.IsNaN(s.SoundDb) && o.Activity.SoundFamilyWeight > 0)
        {
            Sound(ref e, s.SoundDb, at, o);
        }

        if (!double.IsNaN(s.SpeedMps))
        {
            SpeedVote(ref e, s.SpeedMps, at, o);
        }

        if (s.Kind == SignalKind.Phone && s.Phone != PhoneActivity.Unknown)
        {
            PhoneVote(ref e, s.Phone, double.IsNaN(s.PhoneConfidence) ? 0.5 : s.PhoneConfidence, at, o);
        }

        if (!double.IsNaN(s.HeartRate))
        {
            Heart(ref e, s, at, o);
        }

        if (!double.IsNaN(s.CadenceSpm) || s.RunningBit >= 0 || !double.IsNaN(s.CadenceRpm))
        {
            Stride(ref e, s, at, o);
        }

        e.Combine(at, o);
    }

    private static void Motion(ref ActivityEvidence e, double accel, long at, SceneOptions o)
    {
        var rest = Stillness(accel, o.Activity.StillAccelStdMps2);
        var exercise = Ramp(accel, o.Activity.VigorousAccelStdMps2 * 0.75, o.Activity.VigorousAccelStdMps2);
        // A phone at its noise floor is rare in any vehicle (engines and roads vibrate), while a still phone is
        // often picked up: a still window is stronger evidence than a moving one, and weighs more.
        // Movement no vehicle ride or still phone produces (walking, running) is decisive: it flushes the long memory.
        var tau = accel >= o.Activity.DecisiveMotionMps2 ? o.Activity.EvidenceTimeConstant.Ticks : o.Activity.MotionTimeConstant.Ticks;
        var moving = Math.Max(0, 1 - rest - exercise);
        // A moving phone says "travelling" only where travelling is this shopper's habit: on a trip the habit does not
        // know (enough history, not regular), moving is as likely leisure — the ride stays ambiguous for the other families.
        var leisure = e.Route.Kind == RouteRegularityKind.Irregular ? moving * o.Routes.RouteIrregularLeisureShare : 0;
        e.Motion.Vote(at, tau, moving - leisure, exercise + leisure, rest, 1.0 + ((o.Activity.StillVoteWeight - 1) * rest));
        e.Accel = (float)accel;
    }

    // Stillness on a log scale: half a vote at the threshold, 90% at a third of it, 10% at three times it — the
    // spread of a lying phone and of a seated passenger differ by factors, not by fixed amounts.
    private static double Stillness(double spread, double threshold) =>
        1 / (1 + Math.Exp((Math.Log(Math.Max(spread, 1e-4)) - Math.Log(threshold)) / 0.5));

    private static void Sound(ref ActivityEvidence e, double db, long at, SceneOptions o)
    {
        // Engines, rails and traffic are loud; a room is quieter. Phones' levels are uncalibrated, so only a soft
        // lean, over minutes like motion, and of its own low trust.
        var quiet = 1 / (1 + Math.Exp((db - o.Activity.QuietSoundDb) / 4));
        e.Sound.Vote(at, o.Activity.MotionTimeConstant.Ticks, 1 - quiet, 0, quiet, 1);
        e.SoundDb = (float)db;
    }

    private static void SpeedVote(ref ActivityEvidence e, double speed, long at, SceneOptions o)
    {
        double boost = e.CommuteBoost;
        var tau = o.Activity.EvidenceTimeConstant.Ticks;
        if (speed < o.Activity.StillSpeedMps)
        {
            // Standing still, or a vehicle waiting at lights: leans to rest, decides nothing alone.
            e.Speed.Vote(at, tau, 0.35, 0, 0.65, 0.5);
        }
        else if (speed <= o.Activity.WalkSpeedMaxMps)
        {
            e.Speed.Vote(at, tau, 1, 0, 0, 1 + boost);
        }
        else if (speed < o.Activity.VehicleSpeedMps)
        {
            // Running, cycling or a slow bus: heart rate and cadence decide.
            e.Speed.Vote(at, tau, 0.5 + (boost / 2), 0.5 - (boost / 2), 0, 0.7);
        }
        else
        {
            // Nobody rests or exercises at vehicle speed: the strongest single vote there is.
            e.Speed.Vote(at, tau, 1, 0, 0, 1.5 + boost);
        }

        e.SpeedMps = (float)speed;
    }

    private static void PhoneVote(ref ActivityEvidence e, PhoneActivity phone, double confidence, long at, SceneOptions o)
    {
        var tau = o.Activity.EvidenceTimeConstant.Ticks;
        switch (phone)
        {
            case PhoneActivity.Still: e.PhoneVotes.Vote(at, tau, 0, 0, 1, confidence); break;
            case PhoneActivity.Walking or PhoneActivity.InVehicle: e.PhoneVotes.Vote(at, tau, 1, 0, 0, confidence); break;
            case PhoneActivity.Running or PhoneActivity.Cycling: e.PhoneVotes.Vote(at, tau, 0, 1, 0, confidence); break;
        }

        e.Phone = phone;
        e.PhoneConfidence = (float)confidence;
    }

    private static void Heart(ref ActivityEvidence e, in SceneSignal s, long at, SceneOptions o)
    {
        var reserve = SceneSignals.HeartRateReserve(s, o.Activity);
        var exercise = Ramp(reserve, o.Activity.ExerciseHeartRateReserve, o.Activity.ExerciseHeartRateReserve + 0.2);
        var low = 1 - Ramp(reserve, o.Activity.RestHeartRateReserve, o.Activity.RestHeartRateReserve + 0.15);

        // Known personal rates make the reserve trustworthy; population defaults less so.
        var weight = double.IsNaN(s.RestingHeartRate) || double.IsNaN(s.MaxHeartRate) ? 0.7 : 1.0;
        e.Heart.Vote(at, o.Activity.EvidenceTimeConstant.Ticks, 1 - exercise - (0.6 * low), exercise, 0.6 * low, weight);
        e.HeartRate = (float)s.HeartRate;
        e.HeartRateReserve = (float)reserve;
    }

    private static void Stride(ref ActivityEvidence e, in SceneSignal s, long at, SceneOptions o)
    {
        var tau = o.Activity.EvidenceTimeConstant.Ticks;
        if (!double.IsNaN(s.CadenceRpm))
        {
            var pedalling = Ramp(s.CadenceRpm, o.Activity.PedallingCadenceRpm * 0.7, o.Activity.PedallingCadenceRpm);
            e.Stride.Vote(at, tau, 0, pedalling, 1 - pedalling, pedalling > 0 ? 1 : 0.3);
            e.Cadence = (float)s.CadenceRpm;
            return;
        }

        if (!double.IsNaN(s.CadenceSpm))
        {
            var running = Ramp(s.CadenceSpm, o.Activity.RunningCadenceSpm - 15, o.Activity.RunningCadenceSpm);
            var stepping = Ramp(s.CadenceSpm, 10, 50);
            e.Stride.Vote(at, tau, stepping - running, running, 1 - stepping, 0.8);
            e.Cadence = (float)s.CadenceSpm;
        }
        else
        {
            e.Stride.Vote(at, tau, s.RunningBit == 0 ? 1 : 0, s.RunningBit == 1 ? 1 : 0, 0, 0.5);
        }
    }

    internal static bool InCommuteHours(double hour, SceneOptions o) =>
        !double.IsNaN(hour) && (Within(hour, o.Activity.MorningCommute) || Within(hour, o.Activity.EveningCommute));

    private static bool Within(double hour, string range)
    {
        var dash = range.IndexOf('-', StringComparison.Ordinal);
        return dash > 0
            && double.TryParse(range.AsSpan(0, dash), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var from)
            && double.TryParse(range.AsSpan(dash + 1), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var to)
            && hour >= from && hour < to;
    }

    public static double Ramp(double x, double from, double to) => to <= from ? (x >= to ? 1 : 0) : Math.Clamp((x - from) / (to - from), 0, 1);
}
