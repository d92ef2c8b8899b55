namespace ScenarioEdge.Provisioning;

/// <summary>
/// A fixed beacon (iBeacon, AltBeacon or Eddystone) the store placed in a zone. Shoppers' phones in the store hear it
/// through the radio model and report it on their app uplink; the gateway locates them by it.
/// </summary>
public sealed class BeaconSpec
{
    /// <summary>The store's name for the beacon (an id: letters, digits, '-', '_', '.').</summary>
    public string Beacon { get; set; } = "";

    /// <summary>ibeacon, altbeacon or eddystone.</summary>
    public string Kind { get; set; } = "ibeacon";

    /// <summary>Advertiser id as a phone reports it: iBeacon uuid:major:minor, AltBeacon id hex, Eddystone namespace+instance.</summary>
    public string Adv { get; set; } = "";

    public string Zone { get; set; } = "";

    public double X { get; set; }

    public double Y { get; set; }

    /// <summary>The beacon's RSSI at 1 m in dBm: what it transmits in the simulation, and its calibration at the gateway.</summary>
    public int RssiAt1m { get; set; } = -59;

    /// <summary>Receive offset (dB) the gateway adds to phones' RSSI of this beacon.</summary>
    public double RxOffsetDb { get; set; }

    /// <summary>False for a beacon phones hear but the store never registered (a neighbour's): the gateway ignores it.</summary>
    public bool Registered { get; set; } = true;
}
