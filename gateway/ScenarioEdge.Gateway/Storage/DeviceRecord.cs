namespace ScenarioEdge.Gateway.Storage;

/// <summary>An edge device of a store (LiteDB collection <c>devices</c>, id <c>{store}/{device}</c>).</summary>
public sealed class DeviceRecord
{
    public string Id { get; set; } = "";

    public string Store { get; set; } = "";

    public string Device { get; set; } = "";

    /// <summary>scanner, shelf, display or pos (a point of sale: only purchases and redemptions, see <see cref="PosKind"/>).</summary>
    public string Kind { get; set; } = "scanner";

    /// <summary>The kind of a point of sale.</summary>
    public const string PosKind = "pos";

    /// <summary>Whether this device is a point of sale.</summary>
    public bool IsPos => string.Equals(Kind, PosKind, StringComparison.Ordinal);

    /// <summary>Zone the device stands in.</summary>
    public string? Zone { get; set; }

    public double X { get; set; }

    public double Y { get; set; }

    /// <summary>Receive offset in dB added to this scanner's RSSI (calibration).</summary>
    public double RxOffsetDb { get; set; }

    /// <summary>Salted hash of the device's MQTT secret; null until provisioned with credentials.</summary>
    public string? SecretHash { get; set; }

    /// <summary>Revoked devices cannot connect; existing connections are closed at revocation.</summary>
    public bool Revoked { get; set; }

    /// <summary>The device's remote config as published retained on its config topic (JSON), or null.</summary>
    public string? Config { get; set; }

    /// <summary>Shelf displays this device hosts (it may subscribe to their retained content).</summary>
    public List<string> Displays { get; set; } = [];
    /// <summary>For a display: the device whose kiosk shows it (it subscribes to the display's topic).</summary>
    public string? HostedBy { get; set; }

    /// <summary>A device record at a position in a zone; with the hash of its secret when the device logs in itself.</summary>
    public static DeviceRecord Create(string store, string device, string kind, string? zone, double x, double y, string? secretHash = null) => new()
    {
        Id = KeyOf(store, device),
        Store = store,
        Device = device,
        Kind = kind,
        Zone = zone,
        X = x,
        Y = y,
        SecretHash = secretHash,
    };

    public static string KeyOf(string store, string device) => $"{store}/{device}";
}
