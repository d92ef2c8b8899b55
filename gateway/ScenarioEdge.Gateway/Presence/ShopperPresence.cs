using System.Globalization;

namespace ScenarioEdge.Gateway.Presence;

/// <summary>
/// Presence of one shopper in one store: a plain state machine with no I/O and no clock of its own. Entering needs
/// evidence for a while, leaving needs its absence for a while, moving needs another zone to be clearly stronger
/// for a while, so that single fades and reflections do not flap.
/// </summary>
internal sealed class ShopperPresence(string store, string shopper, PresenceOptions options)
{
    private readonly Queue<DateTimeOffset> _evidence = new(8);
    private ZoneSignal[] _zones = new ZoneSignal[4];
    private int _zoneCount;
    private string? _candidate;
    private DateTimeOffset _candidateSince;

    public string Store => store;

    public string Shopper => shopper;

    public bool InStore { get; private set; }

    public string? Zone { get; private set; }

    public DateTimeOffset LastEvidence { get; private set; }

    /// <summary>Applies one sighting; returns the transition it caused, if any.</summary>
    public PresenceTransition? Apply(string zone, double rssi, DateTimeOffset at, long arrival)
    {
        if (rssi < options.RssiThresholdDbm)
        {
            return null;
        }

        if (at > LastEvidence)
        {
            LastEvidence = at;
        }

        ref var signal = ref SignalOf(zone);
        signal.Add(rssi, at);

        if (!InStore)
        {
            _evidence.Enqueue(at);
            while (_evidence.Count > 0 && at - _evidence.Peek() > options.EnterWindow)
            {
                _evidence.Dequeue();
            }

            if (_evidence.Count < options.EnterMinSightings)
            {
                return null;
            }

            _evidence.Clear();
            InStore = true;
            Zone = Strongest(at)?.Zone ?? zone;
            _candidate = null;
            return new PresenceTransition(
                PresenceTransitionKind.Entered, store, shopper, Zone, null, at,
                string.Create(CultureInfo.InvariantCulture, $"{options.EnterMinSightings} sightings at or above {options.RssiThresholdDbm} dBm within {options.EnterWindow.TotalSeconds:0.#} s; strongest zone {Zone}"),
                arrival);
        }

        return ConsiderZoneChange(at, arrival);
    }

    /// <summary>Advances event time to <paramref name="watermark"/>; returns the leave it caused, if any.</summary>
    public PresenceTransition? Advance(DateTimeOffset watermark)
    {
        if (!InStore || watermark - LastEvidence < options.LeaveAfter)
        {
            return null;
        }

        var zone = Zone;
        InStore = false;
        Zone = null;
        _zoneCount = 0;
        _candidate = null;
        return new PresenceTransition(
            PresenceTransitionKind.Left, store, shopper, null, zone, LastEvidence + options.LeaveAfter,
            string.Create(CultureInfo.InvariantCulture, $"no sighting at or above {options.RssiThresholdDbm} dBm for {options.LeaveAfter.TotalSeconds:0.#} s"),
            0);
    }

    private PresenceTransition? ConsiderZoneChange(DateTimeOffset at, long arrival)
    {
        var best = Strongest(at);
        if (best is not { } b || string.Equals(b.Zone, Zone, StringComparison.Ordinal))
        {
            _candidate = null;
            return null;
        }

        var current = Current(at);
        if (current is { } c && b.Smoothed < c.Smoothed + options.ZoneSwitchMarginDb)
        {
            _candidate = null;
            return null;
        }

        if (!string.Equals(_candidate, b.Zone, StringComparison.Ordinal))
        {
            _candidate = b.Zone;
            _candidateSince = at;
        }

        if (at - _candidateSince < options.ZoneSwitchHold)
        {
            return null;
        }

        var previous = Zone;
        Zone = b.Zone;
        _candidate = null;
        return new PresenceTransition(
            PresenceTransitionKind.ZoneChanged, store, shopper, Zone, previous, at,
            string.Create(CultureInfo.InvariantCulture, $"zone {Zone} stronger than {previous} by at least {options.ZoneSwitchMarginDb:0.#} dB for {options.ZoneSwitchHold.TotalSeconds:0.#} s"),
            arrival);
    }

    private ZoneSignal? Strongest(DateTimeOffset at)
    {
        ZoneSignal? best = null;
        for (var i = 0; i < _zoneCount; i++)
        {
            if (at - _zones[i].LastSeen <= options.ZoneStaleAfter && (best is null || _zones[i].Smoothed > best.Value.Smoothed))
            {
                best = _zones[i];
            }
        }

        return best;
    }

    private ZoneSignal? Current(DateTimeOffset at)
    {
        for (var i = 0; i < _zoneCount; i++)
        {
            if (string.Equals(_zones[i].Zone, Zone, StringComparison.Ordinal))
            {
                return at - _zones[i].LastSeen <= options.ZoneStaleAfter ? _zones[i] : null;
            }
        }

        return null;
    }

    private ref ZoneSignal SignalOf(string zone)
    {
        for (var i = 0; i < _zoneCount; i++)
        {
            if (string.Equals(_zones[i].Zone, zone, StringComparison.Ordinal))
            {
                return ref _zones[i];
            }
        }

        if (_zoneCount == _zones.Length)
        {
            Array.Resize(ref _zones, _zones.Length * 2);
        }

        _zones[_zoneCount] = new ZoneSignal { Zone = zone };
        return ref _zones[_zoneCount++];
    }
}
