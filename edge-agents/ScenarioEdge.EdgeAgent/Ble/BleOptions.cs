namespace ScenarioEdge.EdgeAgent.Ble;

/// <summary>Configuration section <c>Agent:Ble</c>; the remote config overrides the tuning fields at run time.</summary>
public sealed class BleOptions
{
    public bool Enabled { get; set; } = true;

    public BleScannerSource Source { get; set; } = BleScannerSource.Hci;

    /// <summary>0 for hci0.</summary>
    public int AdapterIndex { get; set; }

    public HciChannel Channel { get; set; } = HciChannel.Raw;

    public bool Active { get; set; }

    public double IntervalMs { get; set; } = 100;

    public double WindowMs { get; set; } = 100;

    public int PublishIntervalMs { get; set; } = 1_000;

    public int RssiWindow { get; set; } = 15;

    public int ForgetAfterS { get; set; } = 30;

    public double RxOffsetDb { get; set; }

    public bool PublishUnknown { get; set; }

    /// <summary>16-bit service data UUID of the shopper token advert, hex (docs/protocol.md, "Shopper tokens").</summary>
    public string ShopperTokenServiceUuid { get; set; } = "FFF5";

    /// <summary>Registered devices using private addresses: name → IRK as 32 hex digits, most significant byte first.</summary>
    public Dictionary<string, string> Irks { get; set; } = [];

    /// <summary>Calibrated RSSI at 1 m per advertiser id, in dBm.</summary>
    public Dictionary<string, int> ReferenceRssi { get; set; } = [];

    public string? ReplayFile { get; set; }

    public int SyntheticRate { get; set; } = 2_000;

    public int SyntheticAdvertisers { get; set; } = 300;
}
