namespace ScenarioEdge.EdgeAgent.Wearables;

/// <summary>
/// Configuration section <c>Agent:Wearables</c>: which registered wearables this scanner connects to over GATT, and
/// how. Devices map the wearable's pseudonymous advertiser id (the one the shopper's app registered with the
/// gateway) to its BLE address; only the id ever leaves the device.
/// </summary>
public sealed class WearableOptions
{
    public bool Enabled { get; set; } = true;

    /// <summary>Advertiser id → address, <c>C0:FF:EE:00:11:22</c> with an optional <c>/random</c> for a static random address.</summary>
    public Dictionary<string, string> Devices { get; set; } = [];

    /// <summary>Connections held at once by this scanner; controllers manage few, and scanning shares the radio.</summary>
    public int MaxConnections { get; set; } = 2;

    /// <summary>Connect only to wearables this scanner heard advertising within <see cref="HeardWithinS"/>.</summary>
    public bool ConnectOnlyWhenHeard { get; set; } = true;

    public int HeardWithinS { get; set; } = 30;

    public int ConnectTimeoutS { get; set; } = 10;

    /// <summary>Time for discovery and enabling notifications (the ATT transaction timeout is 30 s).</summary>
    public int DiscoveryTimeoutS { get; set; } = 30;

    /// <summary>A connection with no measurement for this long is dropped and made again.</summary>
    public int IdleTimeoutS { get; set; } = 30;

    public int ReconnectMinMs { get; set; } = 2_000;

    public int ReconnectMaxMs { get; set; } = 120_000;

    /// <summary>Wheel circumference for CSC speed, in metres (700x25c road tyre).</summary>
    public double WheelCircumferenceM { get; set; } = 2.105;
}
