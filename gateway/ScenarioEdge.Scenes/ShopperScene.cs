using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.Scenes;

/// <summary>
/// The scene of one shopper: a plain state machine with no I/O and no clock of its own, driven by signals and by
/// event-time watermarks. In a store the scene is in-store (zone, dwelling, shelf); elsewhere it is the activity
/// judged from fading, quality-weighted evidence. Entering needs evidence for a while, leaving needs its absence
/// for a while, a new zone or activity must lead clearly for a while: no flapping.
/// </summary>
public sealed partial class ShopperScene(string shopper, SceneOptions options)
{
    private ZoneEstimate? _zones;
    private ActivityEvidence _evidence;
    private SceneState _candidate;
    private long _candidateSince;
    private string? _zoneCandidate;
    private long _zoneCandidateSince;
    private double _zoneEvidence;
    private long _zoneEvidenceAt;
    private int _enterCount;
    private long _enterWindowStart;
    private long _zoneDwellTicks;
    private long _leftAt;

    public string Shopper => shopper;

    public string? Store { get; private set; }

    public bool InStore { get; private set; }

    public string? Zone { get; private set; }

    public bool Dwelling { get; private set; }

    public string? Shelf { get; private set; }

    public long ZoneSinceTicks { get; private set; }

    public long LastPresenceTicks { get; private set; }

    /// <summary>Newest event time seen for this shopper.</summary>
    public long LastTicks { get; private set; }

    /// <summary>Activity judged outside the store (kept up to date in the store too).</summary>
    public SceneState Activity { get; private set; }

    /// <summary>The scene as published.</summary>
    public SceneState State => InStore ? SceneState.InStore : Activity;

    internal ref readonly ActivityEvidence Evidence => ref _evidence;

    /// <summary>The shopper's route habit, owned by the tracker (it outlives this scene).</summary>
    internal RouteHabit? Habit { get; set; }

    /// <summary>Applies one signal; adds the changes it caused to <paramref name="output"/>. False when it came too late.</summary>
    public bool Apply(in SceneSignal signal, List<SceneChange> output)
    {
        if (LastTicks != 0 && signal.AtTicks < LastTicks - options.LateTolerance.Ticks)
        {
            return false;
        }

        // Within the tolerance a late signal counts as of the newest time: evidence never runs backwards.
        var at = Math.Max(signal.AtTicks, LastTicks);
        LastTicks = at;
        if (signal.Kind == SignalKind.Sighting)
        {
            OnSighting(signal, at, output);
            return true;
        }

        ActivityJudge.Observe(ref _evidence, signal, at, options, Habit);
        if (signal.Kind == SignalKind.Phone && InStore && signal.DistanceToStoreM >= options.Presence.ExitDistanceM
            && (signal.Store is null || string.Equals(signal.Store, Store, StringComparison.Ordinal)))
        {
            Leave(SceneChangeKind.LeftMovedAway, at, signal.Arrival, SceneReasons.MovedAway(signal.DistanceToStoreM, options), output);
        }

        DecideActivity(at, signal.Arrival, output);
        return true;
    }

    /// <summary>Event time reached <paramref name="watermark"/>: exits by signal loss, dwell by time, stale activity.</summary>
    public void Advance(long watermark, List<SceneChange> output)
    {
        if (InStore)
        {
            if (watermark - LastPresenceTicks >= options.Presence.ExitAfterSignalLoss.Ticks)
            {
                Leave(SceneChangeKind.LeftSignalLost, LastPresenceTicks + options.Presence.ExitAfterSignalLoss.Ticks, 0, SceneReasons.SignalLost(options), output);
            }
            else if (watermark - LastPresenceTicks <= options.Zones.ScannerStaleAfter.Ticks)
            {
                CheckDwell(watermark, 0, output);
            }
        }

        if (Activity != SceneState.Unknown && watermark - _evidence.LastSignalTicks >= options.Activity.ActivityStaleAfter.Ticks)
        {
            var previous = State;
            var staleAt = _evidence.LastSignalTicks + options.Activity.ActivityStaleAfter.Ticks;
            Activity = SceneState.Unknown;
            _candidate = SceneState.Unknown;
            _evidence = default;
            if (!InStore)
            {
                output.Add(Change(SceneChangeKind.ActivityChanged, previous, 0, staleAt, 0, [SceneReasons.ActivityStale(options)]));
            }
        }
    }

    /// <summary>True when nothing was heard for the idle period and the shopper is not in a store.</summary>
    public bool IsIdle(long watermark) => !InStore && watermark - LastTicks >= options.IdleExpiry.Ticks;

    private void DecideActivity(long at, long arrival, List<SceneChange> output)
    {
        var lead = _evidence.Leader;
        if (lead == SceneState.Unknown || lead == Activity)
        {
            _candidate = SceneState.Unknown;
            return;
        }

        var pLead = _evidence.Probability(lead);
        var fromUnknown = Activity == SceneState.Unknown;
        var qualifies = fromUnknown
            ? pLead >= options.Activity.ActivityMinProbability
            : pLead - _evidence.Probability(Activity) >= options.Activity.ActivitySwitchMargin;
        if (!qualifies)
        {
            _candidate = SceneState.Unknown;
            return;
        }

        if (_candidate != lead)
        {
            _candidate = lead;
            _candidateSince = at;
        }

        if (!fromUnknown && at - _candidateSince < options.Activity.ActivitySwitchHold.Ticks)
        {
            return;
        }

        var previous = State;
        Activity = lead;
        _candidate = SceneState.Unknown;
        if (!InStore)
        {
            output.Add(Change(SceneChangeKind.ActivityChanged, previous, ActivityConfidence(at), at, arrival, SceneReasons.Activity(_evidence, lead, at, options)));
        }
    }

    /// <summary>Probability of the activity, lowered when few independent signal families back it.</summary>
    public double ActivityConfidence(long at)
    {
        var families = _evidence.FreshFamilies(at, options.Activity.ActivityStaleAfter.Ticks);
        var coverage = Math.Min(1.0, 0.55 + (0.15 * families));
        return Math.Round(Math.Clamp(_evidence.Probability(Activity) * coverage, 0, 1), 3);
    }

    private double PresenceConfidence(double smoothed) => Math.Round(Math.Clamp(0.6 + ((smoothed - options.Presence.PresenceThresholdDbm) / 50), 0.5, 0.99), 3);

    private SceneChange Change(SceneChangeKind kind, SceneState previous, double confidence, long at, long arrival, List<string> reasons, string? previousZone = null) =>
        new(kind, shopper, Store, State, previous, Zone, previousZone, Dwelling, Shelf, confidence, reasons, new DateTimeOffset(at, TimeSpan.Zero), arrival);
}
