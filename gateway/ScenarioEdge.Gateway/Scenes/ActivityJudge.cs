using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.Gateway.Scenes;

/// <summary>
/// Turns one activity signal into votes. Soft ramps instead of hard cut-offs, so a value near a threshold votes
/// both ways; every missing field simply casts no vote.
/// </summary>
internal static class ActivityJudge
{
    public static void Observe(ref ActivityEvidence e, in SceneSignal s, long at, SceneOptions o)
    {
        e.DecayTo(at, o.EvidenceTimeConstant.Ticks);
        e.LastSignalTicks = Math.Max(e.LastSignalTicks, at);
        e.CommuteHours = InCommuteHours(s.LocalHour, o);
        if (!double.IsNaN(s.AccelStdMps2))
        {
            Motion(ref e, s.AccelStdMps2, o);
            e.MotionAt = at;
        }

        if (!double.IsNaN(s.SpeedMps))
        {
            SpeedVote(ref e, s.SpeedMps, o);
            e.SpeedAt = at;
        }

        if (s.Kind == SignalKind.Phone && s.Phone != PhoneActivity.Unknown)
        {
            PhoneVote(ref e, s.Phone, double.IsNaN(s.PhoneConfidence) ? 0.5 : s.PhoneConfidence);
            e.PhoneAt = at;
        }

        if (!double.IsNaN(s.HeartRate))
        {
            Heart(ref e, s, o);
            e.HeartAt = at;
        }

        if (!double.IsNaN(s.CadenceSpm) || s.RunningBit >= 0 || !double.IsNaN(s.CadenceRpm))
        {
            Stride(ref e, s, o);
            e.StrideAt = at;
        }
    }

    private static void Motion(ref ActivityEvidence e, double accel, SceneOptions o)
    {
        var rest = 1 - Ramp(accel, o.StillAccelStdMps2 / 2, o.StillAccelStdMps2);
        var exercise = Ramp(accel, o.VigorousAccelStdMps2 * 0.75, o.VigorousAccelStdMps2);
        e.Vote(1 - rest - exercise, exercise, rest, 1.0);
        e.Accel = (float)accel;
    }

    private static void SpeedVote(ref ActivityEvidence e, double speed, SceneOptions o)
    {
        var boost = e.CommuteHours ? o.CommuteHoursBoost : 0;
        if (speed < o.StillSpeedMps)
        {
            // Standing still, or a vehicle waiting at lights: leans to rest, decides nothing alone.
            e.Vote(0.4, 0, 0.6, 0.6);
        }
        else if (speed <= o.WalkSpeedMaxMps)
        {
            e.Vote(1, 0, 0, 1 + boost);
        }
        else if (speed < o.VehicleSpeedMps)
        {
            // Running, cycling or a slow bus: heart rate and cadence decide.
            e.Vote(0.5 + (boost / 2), 0.5 - (boost / 2), 0, 0.7);
        }
        else
        {
            e.Vote(1, 0, 0, 1 + boost);
        }

        e.Speed = (float)speed;
    }

    private static void PhoneVote(ref ActivityEvidence e, PhoneActivity phone, double confidence)
    {
        switch (phone)
        {
            case PhoneActivity.Still: e.Vote(0, 0, 1, confidence); break;
            case PhoneActivity.Walking or PhoneActivity.InVehicle: e.Vote(1, 0, 0, confidence); break;
            case PhoneActivity.Running or PhoneActivity.Cycling: e.Vote(0, 1, 0, confidence); break;
        }

        e.Phone = phone;
        e.PhoneConfidence = (float)confidence;
    }

    private static void Heart(ref ActivityEvidence e, in SceneSignal s, SceneOptions o)
    {
        var rest = double.IsNaN(s.RestingHeartRate) ? o.DefaultRestingHeartRate : s.RestingHeartRate;
        var max = double.IsNaN(s.MaxHeartRate) ? o.DefaultMaxHeartRate : s.MaxHeartRate;
        var reserve = Math.Clamp((s.HeartRate - rest) / Math.Max(20, max - rest), 0, 1.2);
        var exercise = Ramp(reserve, o.ExerciseHeartRateReserve, o.ExerciseHeartRateReserve + 0.2);
        var low = 1 - Ramp(reserve, o.RestHeartRateReserve, o.RestHeartRateReserve + 0.15);

        // Known personal rates make the reserve trustworthy; population defaults less so.
        var weight = double.IsNaN(s.RestingHeartRate) || double.IsNaN(s.MaxHeartRate) ? 0.7 : 1.0;
        e.Vote(1 - exercise - (0.6 * low), exercise, 0.6 * low, weight);
        e.HeartRate = (float)s.HeartRate;
        e.HeartRateReserve = (float)reserve;
    }

    private static void Stride(ref ActivityEvidence e, in SceneSignal s, SceneOptions o)
    {
        if (!double.IsNaN(s.CadenceRpm))
        {
            var pedalling = Ramp(s.CadenceRpm, o.PedallingCadenceRpm * 0.7, o.PedallingCadenceRpm);
            e.Vote(0, pedalling, 1 - pedalling, pedalling > 0 ? 1 : 0.3);
            e.Cadence = (float)s.CadenceRpm;
            return;
        }

        if (!double.IsNaN(s.CadenceSpm))
        {
            var running = Ramp(s.CadenceSpm, o.RunningCadenceSpm - 15, o.RunningCadenceSpm);
            var stepping = Ramp(s.CadenceSpm, 10, 50);
            e.Vote(stepping - running, running, 1 - stepping, 0.8);
            e.Cadence = (float)s.CadenceSpm;
        }
        else
        {
            e.Vote(s.RunningBit == 0 ? 1 : 0, s.RunningBit == 1 ? 1 : 0, 0, 0.5);
        }
    }

    internal static bool InCommuteHours(double hour, SceneOptions o) =>
        !double.IsNaN(hour) && (Within(hour, o.MorningCommute) || Within(hour, o.EveningCommute));

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
