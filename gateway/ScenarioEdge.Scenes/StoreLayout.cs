using System.Collections.Frozen;

namespace ScenarioEdge.Scenes;

/// <summary>
/// A store as the scene engine sees it: zones (dwell threshold, shelf standing in it, centre, calibrated
/// fingerprint), scanners (position, zone), how sightings become a zone, and the time zone. Immutable; arrays
/// indexed by scanner and zone number so the zone estimate reads it without allocating.
/// </summary>
public sealed class StoreLayout
{
    private readonly FrozenDictionary<string, int> _zoneIndex;
    private readonly FrozenDictionary<string, int> _scannerIndex;

    private StoreLayout(string id, TimeZoneInfo timeZone, ZoneMethod method, LayoutZone[] zones, LayoutScanner[] scanners)
    {
        Id = id;
        TimeZone = timeZone;
        Method = method;
        Zones = zones;
        Scanners = scanners;
        _zoneIndex = zones.Select((z, i) => (z.Id, i)).ToFrozenDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        _scannerIndex = scanners.Select((s, i) => (s.Id, i)).ToFrozenDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
    }

    public string Id { get; }

    public TimeZoneInfo TimeZone { get; }

    public ZoneMethod Method { get; }

    internal LayoutZone[] Zones { get; }

    internal LayoutScanner[] Scanners { get; }

    public (long DwellTicks, string? Shelf) Zone(string zone) =>
        _zoneIndex.TryGetValue(zone, out var i) ? (Zones[i].DwellTicks, Zones[i].Shelf) : default;

    /// <summary>Index of <paramref name="scanner"/> in <see cref="Scanners"/>, or −1.</summary>
    internal int ScannerIndex(string scanner) => _scannerIndex.TryGetValue(scanner, out var i) ? i : -1;

    /// <summary>Hour of day in the store's time zone.</summary>
    public double LocalHour(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, TimeZone).TimeOfDay.TotalHours;

    /// <summary>
    /// A layout from the store's plan, its devices and its beacons. The plan is assumed valid (see
    /// <see cref="Validate"/>). Beacons heard by phones take part in the zone estimate as scanners do, under their
    /// slot id <c>beacon:{name}</c> (<see cref="BeaconPlacement.SlotPrefix"/>), with their position and fingerprint entries.
    /// </summary>
    public static StoreLayout Of(StorePlan store, IEnumerable<DevicePlacement> devices, IEnumerable<LayoutScanner>? beacons = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        var all = devices.ToList();
        var shelves = all.Where(d => string.Equals(d.Kind, "shelf", StringComparison.Ordinal) && d.Zone is not null)
            .GroupBy(d => d.Zone!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(d => d.Device).Order(StringComparer.Ordinal).First(), StringComparer.Ordinal);
        var scanners = all.Where(d => string.Equals(d.Kind, "scanner", StringComparison.Ordinal) && d.Zone is not null)
            .OrderBy(d => d.Device, StringComparer.Ordinal)
            .Select(d => new LayoutScanner(d.Device, d.Zone!, d.X, d.Y))
            .Concat(beacons ?? [])
            .ToArray();
        var zones = store.Zones.Select(z => new LayoutZone(
            z.Id,
            z.DwellS > 0 ? TimeSpan.FromSeconds(z.DwellS).Ticks : 0L,
            shelves.GetValueOrDefault(z.Id),
            z.X,
            z.Y,
            scanners.Select(s => z.Fingerprint.TryGetValue(s.Id, out var rssi) ? rssi : double.NaN).ToArray())).ToArray();
        var method = ParseMethod(store.ZoneMethod) ?? ZoneMethod.Strongest;
        return new StoreLayout(store.Id, Find(store.TimeZone), method, zones, scanners);
    }

    /// <summary>The zone method named in configuration (case-insensitive), or null when unknown.</summary>
    public static ZoneMethod? ParseMethod(string? name) => name?.ToUpperInvariant() switch
    {
        null or "" or "STRONGEST" => ZoneMethod.Strongest,
        "POSITION" => ZoneMethod.Position,
        "FINGERPRINT" => ZoneMethod.Fingerprint,
        _ => null,
    };

    /// <summary>
    /// What is wrong with a store's zone model, naming the field; null when it can be used. <paramref name="sources"/>:
    /// the scanner devices and beacon slots (<c>beacon:{name}</c>) a fingerprint may name.
    /// </summary>
    public static string? Validate(StorePlan store, IEnumerable<string> sources)
    {
        ArgumentNullException.ThrowIfNull(store);
        var method = ParseMethod(store.ZoneMethod);
        if (method is null)
        {
            return $"store '{store.Id}': zoneMethod '{store.ZoneMethod}' is unknown (use strongest, position or fingerprint)";
        }

        var scanners = sources.ToHashSet(StringComparer.Ordinal);
        foreach (var zone in store.Zones)
        {
            if (!double.IsFinite(zone.X) || !double.IsFinite(zone.Y))
            {
                return $"store '{store.Id}': zone '{zone.Id}' has a position that is not a number";
            }

            foreach (var (scanner, rssi) in zone.Fingerprint)
            {
                if (!scanners.Contains(scanner))
                {
                    return $"store '{store.Id}': zone '{zone.Id}' fingerprint names scanner '{scanner}', which the store does not have (scanners by device id, beacons as beacon:{{name}})";
                }

                if (!double.IsFinite(rssi) || rssi is < -127 or > 20)
                {
                    return $"store '{store.Id}': zone '{zone.Id}' fingerprint for '{scanner}' is {rssi} dBm (expected −127…20)";
                }
            }

            if (method == ZoneMethod.Fingerprint && zone.Fingerprint.Count == 0)
            {
                return $"store '{store.Id}': zoneMethod fingerprint needs a fingerprint for every zone; zone '{zone.Id}' has none (record one with a calibration walk, docs/scenes.md)";
            }
        }

        return null;
    }

    private static TimeZoneInfo Find(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return TimeZoneInfo.Utc;
        }
    }
}
