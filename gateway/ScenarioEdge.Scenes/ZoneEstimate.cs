namespace ScenarioEdge.Scenes;

/// <summary>
/// Per-scanner smoothed RSSI of one shopper and the zone it points to, by the store's <see cref="ZoneMethod"/>:
/// the strongest scanner's zone, the zone nearest an RSSI-weighted position, or the zone with the nearest calibrated
/// fingerprint. A fixed, small number of slots keeps memory per shopper bounded: when full, the stalest scanner gives
/// its slot up. Nothing here allocates.
/// </summary>
internal sealed class ZoneEstimate
{
    public const int Slots = 8;
    private const int MaxStackScanners = 64;
    private readonly ScannerSignal[] _scanners = new ScannerSignal[Slots];
    private StoreLayout? _layout;
    private int _count;

    /// <summary>The method of the store the shopper was last heard in.</summary>
    public ZoneMethod Method => _layout?.Method ?? ZoneMethod.Strongest;

    public void Add(in SceneSignal s, long at, SceneOptions options)
    {
        if (!ReferenceEquals(s.Layout, _layout))
        {
            // A new store, or the store's layout was reloaded: scanner numbers may have moved.
            _layout = s.Layout;
            for (var i = 0; i < _count; i++)
            {
                _scanners[i].Index = _layout?.ScannerIndex(_scanners[i].Scanner!) ?? -1;
            }
        }

        ref var slot = ref SlotOf(s.Scanner!);
        slot.Zone = s.Zone;
        slot.Shelf = s.ZoneShelf;
        slot.DwellTicks = s.ZoneDwellTicks;
        slot.Add(s.Rssi, at, options.Zones.RssiSmoothing, options.Zones.RssiClipDb);
    }

    public void Clear()
    {
        Array.Clear(_scanners);
        _count = 0;
    }

    /// <summary>
    /// The best zone now and the score of <paramref name="current"/> (NaN when it has none: no fresh scanner there
    /// with the strongest method). False when no scanner is fresh.
    /// </summary>
    public bool TryBest(long now, string? current, SceneOptions o, out ZoneChoice best, out double currentScore)
    {
        var stale = o.Zones.ScannerStaleAfter.Ticks;
        var method = _layout?.Method ?? ZoneMethod.Strongest;
        if (method == ZoneMethod.Position && TryPosition(now, stale, current, o, out best, out currentScore))
        {
            return true;
        }

        if (method == ZoneMethod.Fingerprint && TryFingerprint(now, stale, current, o, out best, out currentScore))
        {
            return true;
        }

        return TryStrongest(now, stale, current, out best, out currentScore);
    }

    private bool TryStrongest(long now, long stale, string? current, out ZoneChoice best, out double currentScore)
    {
        best = default;
        currentScore = double.NaN;
        var found = false;
        for (var i = 0; i < _count; i++)
        {
            ref var s = ref _scanners[i];
            if (now - s.LastTicks > stale)
            {
                continue;
            }

            if (string.Equals(s.Zone, current, StringComparison.Ordinal) && (double.IsNaN(currentScore) || s.Smoothed > currentScore))
            {
                currentScore = s.Smoothed;
            }

            if (!found || s.Smoothed > best.Score)
            {
                best = new ZoneChoice { Zone = s.Zone, Shelf = s.Shelf, DwellTicks = s.DwellTicks, Score = s.Smoothed, Scanner = s.Scanner, Rssi = s.Smoothed };
                found = true;
            }
        }

        return found;
    }

    /// <summary>
    /// Weighted centroid of the fresh scanners' positions, weights 10^(k·ΔRSSI / 10n) — the distance the log-distance
    /// path-loss model gives, to the power −k — then the nearest zone centre. Scores are −distance × dB per metre.
    /// </summary>
    private bool TryPosition(long now, long stale, string? current, SceneOptions o, out ZoneChoice best, out double currentScore)
    {
        best = default;
        currentScore = double.NaN;
        var layout = _layout!;
        var strongest = double.NegativeInfinity;
        for (var i = 0; i < _count; i++)
        {
            if (_scanners[i].Index >= 0 && now - _scanners[i].LastTicks <= stale)
            {
                strongest = Math.Max(strongest, _scanners[i].Smoothed);
            }
        }

        if (double.IsNegativeInfinity(strongest) || layout.Zones.Length == 0)
        {
            return false;
        }

        double x = 0, y = 0, total = 0;
        for (var i = 0; i < _count; i++)
        {
            ref var s = ref _scanners[i];
            if (s.Index >= 0 && now - s.LastTicks <= stale)
            {
                var w = Math.Pow(10, o.Zones.PositionWeightPower * (s.Smoothed - strongest) / (10 * o.Zones.PathLossExponent));
                var scanner = layout.Scanners[s.Index];
                x += w * scanner.X;
                y += w * scanner.Y;
                total += w;
            }
        }

        x /= total;
        y /= total;
        var bestZone = -1;
        for (var z = 0; z < layout.Zones.Length; z++)
        {
            var zone = layout.Zones[z];
            var score = -Math.Sqrt(((zone.X - x) * (zone.X - x)) + ((zone.Y - y) * (zone.Y - y))) * o.Zones.PositionDbPerMetre;
            Rank(z, zone, score, current, ref bestZone, ref best, ref currentScore);
        }

        Describe(layout.Zones[bestZone], now, stale, ref best);
        return true;
    }

    /// <summary>
    /// Euclidean distance (dB) between the smoothed RSSI of every scanner and the zone's calibrated fingerprint; a
    /// scanner not heard (or not expected) counts as <see cref="ZoneOptions.FingerprintMissingDbm"/>, so hearing a
    /// scanner the zone should not hear is evidence against it too. The distance, not a mean, so that one scanner
    /// 6 dB off moves the score by 6 dB whatever the number of scanners. Scores are −distance.
    /// </summary>
    private bool TryFingerprint(long now, long stale, string? current, SceneOptions o, out ZoneChoice best, out double currentScore)
    {
        best = default;
        currentScore = double.NaN;
        var layout = _layout!;
        var n = layout.Scanners.Length;
        if (n == 0 || layout.Zones.Length == 0)
        {
            return false;
        }

        Span<double> heard = n <= MaxStackScanners ? stackalloc double[n] : new double[n];
        heard.Fill(o.Zones.FingerprintMissingDbm);
        var any = false;
        for (var i = 0; i < _count; i++)
        {
            ref var s = ref _scanners[i];
            if (s.Index >= 0 && now - s.LastTicks <= stale)
            {
                heard[s.Index] = Math.Max(s.Smoothed, o.Zones.FingerprintMissingDbm);
                any = true;
            }
        }

        if (!any)
        {
            return false;
        }

        var bestZone = -1;
        for (var z = 0; z < layout.Zones.Length; z++)
        {
            var zone = layout.Zones[z];
            double sum = 0;
            for (var j = 0; j < n; j++)
            {
                var d = heard[j] - (double.IsNaN(zone.Fingerprint[j]) ? o.Zones.FingerprintMissingDbm : Math.Max(zone.Fingerprint[j], o.Zones.FingerprintMissingDbm));
                sum += d * d;
            }

            var score = -Math.Sqrt(sum);
            Rank(z, zone, score, current, ref bestZone, ref best, ref currentScore);
        }

        Describe(layout.Zones[bestZone], now, stale, ref best);
        return true;
    }

    /// <summary>Keeps the best-scoring zone so far and notes the current zone's score.</summary>
    private static void Rank(int z, LayoutZone zone, double score, string? current, ref int bestZone, ref ZoneChoice best, ref double currentScore)
    {
        if (string.Equals(zone.Id, current, StringComparison.Ordinal))
        {
            currentScore = score;
        }

        if (bestZone < 0 || score > best.Score)
        {
            bestZone = z;
            best.Score = score;
        }
    }

    /// <summary>Fills in the zone's details and the scanner that hears the shopper best in it (or anywhere).</summary>
    private void Describe(LayoutZone zone, long now, long stale, ref ZoneChoice choice)
    {
        choice.Zone = zone.Id;
        choice.Shelf = zone.Shelf;
        choice.DwellTicks = zone.DwellTicks;
        var bestInZone = -1;
        var bestAny = -1;
        for (var i = 0; i < _count; i++)
        {
            ref var s = ref _scanners[i];
            if (now - s.LastTicks > stale)
            {
                continue;
            }

            if (bestAny < 0 || s.Smoothed > _scanners[bestAny].Smoothed)
            {
                bestAny = i;
            }

            if (string.Equals(s.Zone, zone.Id, StringComparison.Ordinal) && (bestInZone < 0 || s.Smoothed > _scanners[bestInZone].Smoothed))
            {
                bestInZone = i;
            }
        }

        var pick = bestInZone >= 0 ? bestInZone : bestAny;
        choice.Scanner = _scanners[pick].Scanner;
        choice.Rssi = _scanners[pick].Smoothed;
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
        _scanners[index] = new ScannerSignal { Scanner = scanner, Index = _layout?.ScannerIndex(scanner) ?? -1 };
        return ref _scanners[index];
    }
}
