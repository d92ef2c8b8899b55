using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.Scenes;

/// <summary>Presence of a <see cref="ShopperScene"/>: entering, zone with hysteresis, dwell (by time or at a shelf), leaving.</summary>
public sealed partial class ShopperScene
{
    private void OnSighting(in SceneSignal s, long at, List<SceneChange> output)
    {
        if (s.Scanner is null || s.Zone is null || s.AtTicks <= _leftAt || double.IsNaN(s.Rssi))
        {
            return;
        }

        if (s.Rssi < options.Presence.PresenceThresholdDbm)
        {
            // Too faint to count as presence, but in the store it still says where the shopper is not.
            if (InStore && string.Equals(s.Store, Store, StringComparison.Ordinal))
            {
                _zones!.Add(s, at, options);
                ConsiderZoneChange(at, s.Arrival, output);
            }

            return;
        }

        _zones ??= new ZoneEstimate();
        _zones.Add(s, at, options);
        LastPresenceTicks = Math.Max(LastPresenceTicks, at);
        if (InStore && !string.Equals(s.Store, Store, StringComparison.Ordinal))
        {
            // Heard in another store without having been lost in the first: the first exit is overdue.
            Leave(SceneChangeKind.LeftMovedAway, at, s.Arrival, [SceneReasons.OtherStore(s.Store)], output);
            _zones.Add(s, at, options);
        }

        if (!InStore)
        {
            if (_enterCount == 0 || at - _enterWindowStart > options.Presence.EnterWindow.Ticks)
            {
                _enterCount = 0;
                _enterWindowStart = at;
            }

            if (++_enterCount < options.Presence.EnterMinSightings)
            {
                return;
            }

            _enterCount = 0;
            _zones.TryBest(at, null, options, out var best, out _);
            var previous = State;
            InStore = true;
            Store = s.Store;
            MoveTo(best, at);
            output.Add(Change(SceneChangeKind.Entered, previous, PresenceConfidence(best.Rssi), at, s.Arrival, SceneReasons.Entered(best, options)));
            return;
        }

        ConsiderZoneChange(at, s.Arrival, output);
        CheckDwell(at, s.Arrival, output);
    }

    /// <summary>
    /// Hysteresis as a CUSUM: while another zone leads, its lead above <see cref="ZoneOptions.ZoneSwitchDriftDb"/>
    /// (capped) is summed over event time; smaller leads wear the sum down. A clear move (a large lead) switches
    /// within seconds, noise between neighbouring zones (a lead that comes and goes) never adds up.
    /// </summary>
    private void ConsiderZoneChange(long at, long arrival, List<SceneChange> output)
    {
        if (!_zones!.TryBest(at, Zone, options, out var best, out var currentScore) || string.Equals(best.Zone, Zone, StringComparison.Ordinal))
        {
            _zoneCandidate = null;
            _zoneEvidence = 0;
            return;
        }

        // The current zone no longer heard at all: the lead is as large as a lead can be.
        var lead = double.IsNaN(currentScore) ? options.Zones.ZoneSwitchLeadCapDb : Math.Min(best.Score - currentScore, options.Zones.ZoneSwitchLeadCapDb);
        if (!string.Equals(_zoneCandidate, best.Zone, StringComparison.Ordinal))
        {
            _zoneCandidate = best.Zone;
            _zoneCandidateSince = at;
            _zoneEvidenceAt = at;
            _zoneEvidence = 0;
        }

        var seconds = Math.Min(at - _zoneEvidenceAt, options.Zones.ScannerStaleAfter.Ticks) / (double)TimeSpan.TicksPerSecond;
        _zoneEvidenceAt = Math.Max(_zoneEvidenceAt, at);
        _zoneEvidence = Math.Max(0, _zoneEvidence + ((lead - options.Zones.ZoneSwitchDriftDb) * seconds));
        if (_zoneEvidence < options.Zones.ZoneSwitchEvidenceDbS || at - _zoneCandidateSince < options.Zones.ZoneSwitchMinHold.Ticks)
        {
            return;
        }

        var held = TimeSpan.FromTicks(at - _zoneCandidateSince);
        var previousZone = Zone;
        MoveTo(best, at);
        output.Add(Change(SceneChangeKind.ZoneChanged, SceneState.InStore, Math.Clamp(0.6 + (lead / 25), 0.5, 0.99), at, arrival,
            SceneReasons.ZoneChanged(best, previousZone, double.IsNaN(currentScore) ? double.NaN : lead, held, _zones.Method, options), previousZone));
    }

    private void MoveTo(in ZoneChoice best, long at)
    {
        Zone = best.Zone;
        Shelf = best.Shelf;
        _zoneDwellTicks = best.DwellTicks > 0 ? best.DwellTicks : options.Dwell.DefaultDwell.Ticks;
        ZoneSinceTicks = at;
        Dwelling = false;
        _zoneCandidate = null;
        _zoneEvidence = 0;
    }

    private void CheckDwell(long at, long arrival, List<SceneChange> output)
    {
        if (Dwelling || at - ZoneSinceTicks < _zoneDwellTicks)
        {
            return;
        }

        Dwelling = true;
        output.Add(Change(SceneChangeKind.DwellStarted, SceneState.InStore, 0.9, ZoneSinceTicks + _zoneDwellTicks, arrival, SceneReasons.Dwell(Zone, Shelf, _zoneDwellTicks)));
    }

    /// <summary>
    /// Somebody acted at a shelf in this shopper's zone and it was attributed to them: they dwell at that shelf from
    /// the event on, without waiting for the zone's threshold (one dwell per zone visit, as ever). Shelf events carry
    /// no identity: they never enter a shopper, move one to another zone or keep one present. False when too late.
    /// </summary>
    public bool DwellAtShelf(ShelfTouch touch, List<SceneChange> output)
    {
        if (LastTicks != 0 && touch.AtTicks < LastTicks - options.LateTolerance.Ticks)
        {
            return false;
        }

        if (!InStore || Dwelling || !string.Equals(Store, touch.Store, StringComparison.Ordinal) || !string.Equals(Zone, touch.Zone, StringComparison.Ordinal))
        {
            return true;
        }

        Dwelling = true;
        Shelf = touch.Shelf;
        output.Add(Change(SceneChangeKind.DwellStarted, SceneState.InStore, touch.Confidence, Math.Max(touch.AtTicks, ZoneSinceTicks), touch.Arrival, [touch.Action, touch.Why]));
        return true;
    }

    /// <summary>Smoothed RSSI at which <paramref name="scanner"/> hears this shopper now; −∞ when it does not.</summary>
    public double HeardBy(string scanner, long now) =>
        _zones is not null && _zones.TryScanner(scanner, now, options.Zones.ScannerStaleAfter.Ticks, out var s) ? s.Smoothed : double.NegativeInfinity;

    private void Leave(SceneChangeKind kind, long at, long arrival, List<string> reasons, List<SceneChange> output)
    {
        var previousZone = Zone;
        InStore = false;
        Zone = null;
        Shelf = null;
        Dwelling = false;
        _zoneCandidate = null;
        _enterCount = 0;
        _leftAt = at;
        _zones?.Clear();
        output.Add(Change(kind, SceneState.InStore, kind == SceneChangeKind.LeftMovedAway ? 0.95 : 0.85, at, arrival, reasons, previousZone));
    }
}
