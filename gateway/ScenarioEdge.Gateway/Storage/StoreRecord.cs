namespace ScenarioEdge.Gateway.Storage;

/// <summary>A store with its zones (LiteDB collection <c>stores</c>).</summary>
public sealed class StoreRecord
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>IANA time zone of the store, for time-of-day rules.</summary>
    public string TimeZone { get; set; } = "UTC";

    /// <summary>Where the store is (WGS 84 degrees), for alerts posted for a point and radius; null when not given.</summary>
    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    public List<ZoneRecord> Zones { get; set; } = [];

    /// <summary>How sightings become a zone: <c>strongest</c> (default), <c>position</c> or <c>fingerprint</c>.</summary>
    public string ZoneMethod { get; set; } = "strongest";
}
