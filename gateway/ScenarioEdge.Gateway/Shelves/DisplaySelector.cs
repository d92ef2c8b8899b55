using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Shelves;

/// <summary>Which display a shopper at a shelf sees best.</summary>
public static class DisplaySelector
{
    /// <summary>
    /// A display in the shopper's zone (the shelf's zone when the shopper is unknown), the one nearest the shelf if
    /// there are several; when the zone has none, the display nearest the shelf anywhere in the store; null when
    /// the store has no display. Ties go to the lower display id, so the choice is stable.
    /// </summary>
    public static DeviceRecord? Select(DeviceRecord shelf, string? shopperZone, IEnumerable<DeviceRecord> displays)
    {
        ArgumentNullException.ThrowIfNull(shelf);
        ArgumentNullException.ThrowIfNull(displays);
        var zone = shopperZone ?? shelf.Zone;
        var candidates = displays.Where(d => d.Store == shelf.Store).ToList();
        var inZone = candidates.Where(d => zone is not null && d.Zone == zone).ToList();
        return (inZone.Count > 0 ? inZone : candidates)
            .OrderBy(d => Distance(shelf, d))
            .ThenBy(d => d.Device, StringComparer.Ordinal)
            .FirstOrDefault();
    }

    private static double Distance(DeviceRecord a, DeviceRecord b) => Math.Sqrt(((a.X - b.X) * (a.X - b.X)) + ((a.Y - b.Y) * (a.Y - b.Y)));
}
