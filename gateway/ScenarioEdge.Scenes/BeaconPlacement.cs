using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.Scenes;

/// <summary>
/// A registered store beacon as the scene engine uses it: the store and zone it stands in, the slot it takes in a
/// shopper's zone estimate (the role a scanner has for sightings the store makes) and how a phone's RSSI of it is
/// brought to the scale the presence thresholds were set for.
/// </summary>
public sealed class BeaconPlacement
{
    /// <summary>
    /// RSSI at 1 m the presence thresholds assume: a phone advertising at 0 dBm is heard at about −59 dBm at 1 m by
    /// a scanner. A beacon calibrated to −75 dBm at 1 m is heard 16 dB weaker at every distance, so it gets +16 dB.
    /// </summary>
    public const int ReferenceRssiAt1m = -59;

    /// <summary>Prefix of a beacon's slot id; ':' never occurs in a device id, so a beacon cannot take a scanner's slot.</summary>
    public const string SlotPrefix = "beacon:";

    private readonly int? _rssiAt1m;
    private readonly double _rxOffsetDb;

    private BeaconPlacement(string store, string zone, string slot, AdvertiserKind kind, int? rssiAt1m, double rxOffsetDb)
    {
        Store = store;
        Zone = zone;
        Slot = slot;
        Kind = kind;
        _rssiAt1m = rssiAt1m;
        _rxOffsetDb = rxOffsetDb;
    }

    public string Store { get; }

    public string Zone { get; }

    /// <summary>Id of the beacon's slot in a zone estimate: <c>beacon:{beacon}</c>.</summary>
    public string Slot { get; }

    public AdvertiserKind Kind { get; }

    /// <summary>
    /// The phone's RSSI of this beacon on the reference scale: smoothed when the phone smooths, plus the beacon's
    /// receive offset, corrected by its calibrated RSSI at 1 m (configured, else the one the beacon advertises).
    /// </summary>
    public double Normalise(Sighting sighting)
    {
        ArgumentNullException.ThrowIfNull(sighting);
        var atOneMetre = _rssiAt1m ?? sighting.TxPower ?? ReferenceRssiAt1m;
        return (sighting.RssiSmoothed ?? sighting.Rssi) + _rxOffsetDb + (ReferenceRssiAt1m - atOneMetre);
    }

    /// <summary>
    /// The placement of beacon <paramref name="beacon"/> of <paramref name="store"/>, of kind <paramref name="kind"/>
    /// (<see cref="KindOf"/>), with its calibrated RSSI at 1 m (null: as advertised) and receive offset; null when
    /// its kind is not a beacon kind.
    /// </summary>
    public static BeaconPlacement? Create(string store, string zone, string beacon, string? kind, int? rssiAt1m, double rxOffsetDb) =>
        KindOf(kind) is { } k ? new BeaconPlacement(store, zone, SlotPrefix + beacon, k, rssiAt1m, rxOffsetDb) : null;

    /// <summary>The advertiser kind a beacon of kind <paramref name="name"/> is sighted as; null for anything but the three beacon formats.</summary>
    public static AdvertiserKind? KindOf(string? name) => name switch
    {
        "ibeacon" => AdvertiserKind.IBeacon,
        "altbeacon" => AdvertiserKind.AltBeacon,
        "eddystone" => AdvertiserKind.Eddystone,
        _ => null,
    };
}
