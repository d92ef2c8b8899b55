namespace ScenarioEdge.Gateway.Scenes;

/// <summary>
/// Per-scanner smoothed RSSI of one shopper and the strongest zone from it. A fixed, small number of slots keeps
/// memory per shopper bounded: when full, the stalest scanner gives its slot up.
/// </summary>
internal sealed class ZoneEstimate
{
    public const int Slots = 6;
    private readonly ScannerSignal[] _scanners = new ScannerSignal[Slots];
    private int _count;

    public void Add(string scanner, string zone, string? shelf, long dwellTicks, double rssi, long at, SceneOptions options)
    {
        ref var slot = ref SlotOf(scanner);
        slot.Zone = zone;
        slot.Shelf = shelf;
        slot.DwellTicks = dwellTicks;
        slot.Add(rssi, at, options.RssiSmoothing, options.RssiClipDb);
    }

    public void Clear()
    {
        Array.Clear(_scanners);
        _count = 0;
    }

    /// <summary>The strongest fresh scanner; false when none is fresh.</summary>
    public bool TryStrongest(long now, long staleTicks, out ScannerSignal best)
    {
        best = default;
        var found = false;
        for (var i = 0; i < _count; i++)
        {
            ref var s = ref _scanners[i];
            if (now - s.LastTicks <= staleTicks && (!found || s.Smoothed > best.Smoothed))
            {
                best = s;
                found = true;
            }
        }

        return found;
    }

    /// <summary>The strongest fresh scanner of <paramref name="zone"/>; false when none is fresh.</summary>
    public bool TryZone(string zone, long now, long staleTicks, out ScannerSignal best)
    {
        best = default;
        var found = false;
        for (var i = 0; i < _count; i++)
        {
            ref var s = ref _scanners[i];
            if (string.Equals(s.Zone, zone, StringComparison.Ordinal) && now - s.LastTicks <= staleTicks && (!found || s.Smoothed > best.Smoothed))
            {
                best = s;
                found = true;
            }
        }

        return found;
    }

    /// <summary><paramref name="scanner"/>'s smoothed signal when it heard the shopper recently; false otherwise.</summary>
    public bool TryScanner(string scanner, long now, long staleTicks, out ScannerSignal signal)
    {
        for (var i = 0; i < _count; i++)
        {
            if (string.Equals(_scanners[i].Scanner, scanner, StringComparison.Ordinal) && now - _scanners[i].LastTicks <= staleTicks)
            {
                signal = _scanners[i];
                return true;
            }
        }

        signal = default;
        return false;
    }

    private ref ScannerSignal SlotOf(string scanner)
    {
        var stalest = 0;
        for (var i = 0; i < _count; i++)
        {
            if (ReferenceEquals(_scanners[i].Scanner, scanner) || string.Equals(_scanners[i].Scanner, scanner, StringComparison.Ordinal))
            {
                return ref _scanners[i];
            }

            if (_scanners[i].LastTicks < _scanners[stalest].LastTicks)
            {
                stalest = i;
            }
        }

        var index = _count < Slots ? _count++ : stalest;
        _scanners[index] = new ScannerSignal { Scanner = scanner };
        return ref _scanners[index];
    }
}
