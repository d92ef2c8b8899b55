using System.Collections.Frozen;
using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Scenes;

/// <summary>A store's zones (dwell threshold, shelf standing in it) and time zone, for the scene signals.</summary>
public sealed class StoreLayout(string id, TimeZoneInfo timeZone, FrozenDictionary<string, (long DwellTicks, string? Shelf)> zones)
{
    public string Id => id;

    public TimeZoneInfo TimeZone => timeZone;

    public (long DwellTicks, string? Shelf) Zone(string zone) => zones.GetValueOrDefault(zone);

    /// <summary>Hour of day in the store's time zone.</summary>
    public double LocalHour(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, timeZone).TimeOfDay.TotalHours;

    public static StoreLayout Of(StoreRecord store, IEnumerable<DeviceRecord> devices)
    {
        var shelves = devices.Where(d => string.Equals(d.Kind, "shelf", StringComparison.Ordinal) && d.Zone is not null)
            .GroupBy(d => d.Zone!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(d => d.Device).Order(StringComparer.Ordinal).First(), StringComparer.Ordinal);
        var zones = store.Zones.ToFrozenDictionary(
            z => z.Id,
            z => (z.DwellS > 0 ? TimeSpan.FromSeconds(z.DwellS).Ticks : 0L, shelves.GetValueOrDefault(z.Id)),
            StringComparer.Ordinal);
        return new StoreLayout(store.Id, Find(store.TimeZone), zones);
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
