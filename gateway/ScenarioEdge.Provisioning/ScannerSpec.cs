namespace ScenarioEdge.Provisioning;

/// <summary>A BLE scanner (edge device) at a position, assigned to a zone.</summary>
public sealed class ScannerSpec
{
    public string Device { get; set; } = "";

    public string Zone { get; set; } = "";

    public double X { get; set; }

    public double Y { get; set; }

    /// <summary>Receive offset the gateway applies to this scanner's RSSI (calibration).</summary>
    public double RxOffsetDb { get; set; }

    /// <summary>Whether this scanner also relays samples of the registered wearables it hears (wherever their wearers are).</summary>
    public bool Wearables { get; set; }
}
