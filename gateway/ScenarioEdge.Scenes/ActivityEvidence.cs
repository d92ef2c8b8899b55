using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.Scenes;

/// <summary>
/// Evidence for commuting, exercising and resting per signal family, plus the latest value of each family for the
/// reasons. Each family fades on its own time scale: the acceleration spread of one five-second window says little
/// (a still phone gets picked up, a train glides), so motion is averaged over minutes; heart rate, cadence, speed
/// and the phone's class are each decisive and fade within a minute.
/// </summary>
internal struct ActivityEvidence
{
    public FamilyEvidence Motion;
    public FamilyEvidence Speed;
    public FamilyEvidence PhoneVotes;
    public FamilyEvidence Heart;
    public FamilyEvidence Stride;
    public FamilyEvidence Sound;
    public long LastSignalTicks;


    public readonly long MotionAt => Motion.At;
    public readonly long SpeedAt => Speed.At;
    public readonly long PhoneAt => PhoneVotes.At;
    public readonly long HeartAt => Heart.At;
    public readonly long StrideAt => Stride.At;
    public float Accel;
    public float SpeedMps;
    public float HeartRate;
    public float HeartRateReserve;
    public float Cadence;
    public float SoundDb;
    public float PhoneConfidence;
    public PhoneActivity Phone;
    /// <summary>Store-wide commute hours apply (no route habit with enough history).</summary>
    public bool CommuteHours;

    /// <summary>What the shopper's route habit said about the latest signal.</summary>
    public RouteRegularity Route;

    /// <summary>Extra commuting weight of travel evidence: the habit's, or the store-wide hours' without history.</summary>
    public float CommuteBoost;

    private double _commute;
    private double _exercise;
    private double _rest;

    /// <summary>
    /// Combines the families as of <paramref name="now"/>: each family's own share of votes, weighted by the
    /// family's trust and by its freshness (exp(−age/τ)), so a missing or stale family simply counts less.
    /// </summary>
    public void Combine(long now, SceneOptions o)
    {
        _commute = _exercise = _rest = 0;
        var tau = o.Activity.EvidenceTimeConstant.Ticks;
        Add(Motion, 1.0, now, tau);
        Add(Speed, o.Activity.SpeedFamilyWeight, now, tau);
        Add(PhoneVotes, o.Activity.PhoneFamilyWeight * PhoneConfidence, now, tau);
        Add(Heart, 1.5, now, tau);
        Add(Stride, 1.5, now, tau);
        Add(Sound, o.Activity.SoundFamilyWeight, now, tau);
    }

    private void Add(in FamilyEvidence f, double trust, long now, double tau)
    {
        if (f.Mass <= 1e-9 || trust <= 0)
        {
            return;
        }

        var q = trust * Math.Exp(-Math.Max(0, now - f.At) / tau);
        _commute += q * f.Commute / f.Mass;
        _exercise += q * f.Exercise / f.Mass;
        _rest += q * f.Rest / f.Mass;
    }

    private readonly double Total => _commute + _exercise + _rest;

    public readonly double Probability(SceneState state) => Total <= 1e-9 ? 0 : state switch
    {
        SceneState.Commuting => _commute / Total,
        SceneState.Exercising => _exercise / Total,
        SceneState.Resting => _rest / Total,
        _ => 0,
    };

    public readonly SceneState Leader =>
        Total <= 1e-9 ? SceneState.Unknown
        : _commute >= _exercise && _commute >= _rest ? SceneState.Commuting
        : _exercise >= _rest ? SceneState.Exercising
        : SceneState.Resting;

    /// <summary>Signal families heard within <paramref name="freshTicks"/>: more independent evidence, more confidence.</summary>
    public readonly int FreshFamilies(long now, long freshTicks) =>
        Fresh(MotionAt, now, freshTicks) + Fresh(SpeedAt, now, freshTicks) + Fresh(PhoneAt, now, freshTicks)
        + Fresh(HeartAt, now, freshTicks) + Fresh(StrideAt, now, freshTicks);

    private static int Fresh(long at, long now, long freshTicks) => at != 0 && now - at <= freshTicks ? 1 : 0;
}
