namespace ScenarioEdge.Provisioning;

/// <summary>A zone of the store; shoppers "in" it stand near its centre (metres).</summary>
public sealed class ZoneSpec
{
    /// <summary>Reserved: a journey step "in" it is out of every scanner's range; no zone may take the name.</summary>
    public const string Outside = "outside";

    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public double X { get; set; }

    public double Y { get; set; }

    /// <summary>Seconds in the zone after which a shopper dwells.</summary>
    public int DwellS { get; set; } = 20;

    /// <summary>Calibrated mean RSSI (dBm) per scanner device in this zone, for the fingerprint zone method.</summary>
    public Dictionary<string, double> Fingerprint { get; set; } = [];
}
