namespace ScenarioEdge.Gateway.Storage;

/// <summary>A zone of a store.</summary>
public sealed class ZoneRecord
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>Seconds in the zone after which a shopper counts as dwelling.</summary>
    public int DwellS { get; set; } = 20;

    /// <summary>Centre of the zone (metres, store coordinates), for the <c>position</c> zone method.</summary>
    public double X { get; set; }

    public double Y { get; set; }

    /// <summary>
    /// Calibrated mean RSSI (dBm, after the scanner's receive offset) per scanner device while standing in this zone,
    /// for the <c>fingerprint</c> zone method. Scanners not listed are not expected to hear the zone.
    /// </summary>
    public Dictionary<string, double> Fingerprint { get; set; } = [];
}
