using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.Gateway.Scenes;

/// <summary>
/// Fading evidence for commuting, exercising and resting, plus the latest value of each signal family for the
/// reasons. Each vote is weighted by the signal's quality; older votes fade with exp(−age/τ), so fresh evidence
/// counts most and a signal that stops simply stops counting.
/// </summary>
internal struct ActivityEvidence
{
    public double Commute;
    public double Exercise;
    public double Rest;
    public double Mass;
    public long Ticks;
    public long LastSignalTicks;

    public long MotionAt;
    public long SpeedAt;
    public long PhoneAt;
    public long HeartAt;
    public long StrideAt;
    public float Accel;
    public float Speed;
    public float HeartRate;
    public float HeartRateReserve;
    public float Cadence;
    public float PhoneConfidence;
    public PhoneActivity Phone;
    public bool CommuteHours;

    public void DecayTo(long at, double timeConstantTicks)
    {
        if (at <= Ticks)
        {
            return;
        }

        if (Ticks != 0)
        {
            var f = Math.Exp(-(at - Ticks) / timeConstantTicks);
            Commute *= f;
            Exercise *= f;
            Rest *= f;
            Mass *= f;
        }

        Ticks = at;
    }

    /// <summary>Adds one vote: shares of commuting, exercising and resting (summing to at most 1) times its weight.</summary>
    public void Vote(double commute, double exercise, double rest, double weight)
    {
        Commute += weight * commute;
        Exercise += weight * exercise;
        Rest += weight * rest;
        Mass += weight * (commute + exercise + rest);
    }

    public readonly double Probability(SceneState state) => Mass <= 1e-9 ? 0 : state switch
    {
        SceneState.Commuting => Commute / Mass,
        SceneState.Exercising => Exercise / Mass,
        SceneState.Resting => Rest / Mass,
        _ => 0,
    };

    public readonly SceneState Leader =>
        Mass <= 1e-9 ? SceneState.Unknown
        : Commute >= Exercise && Commute >= Rest ? SceneState.Commuting
        : Exercise >= Rest ? SceneState.Exercising
        : SceneState.Resting;

    /// <summary>Signal families heard within <paramref name="freshTicks"/>: more independent evidence, more confidence.</summary>
    public readonly int FreshFamilies(long now, long freshTicks) =>
        Fresh(MotionAt, now, freshTicks) + Fresh(SpeedAt, now, freshTicks) + Fresh(PhoneAt, now, freshTicks)
        + Fresh(HeartAt, now, freshTicks) + Fresh(StrideAt, now, freshTicks);

    private static int Fresh(long at, long now, long freshTicks) => at != 0 && now - at <= freshTicks ? 1 : 0;
}
