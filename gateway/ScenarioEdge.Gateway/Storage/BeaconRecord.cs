namespace ScenarioEdge.Gateway.Storage;

/// <summary>
/// A fixed beacon the store placed in a zone (LiteDB collection <c>beacons</c>, id <c>{store}/{beacon}</c>). Shoppers'
/// phones report hearing it (<c>se/v1/apps/{install}/up/sightings</c>), which locates them without a scanner there.
/// </summary>
public sealed class BeaconRecord
{
    public string Id { get; set; } = "";

    public string Store { get; set; } = "";

    /// <summary>The store's name for the beacon (letters, digits, <c>-_.</c>).</summary>
    public string Beacon { get; set; } = "";

    /// <summary><c>ibeacon</c>, <c>altbeacon</c> or <c>eddystone</c>.</summary>
    public string Kind { get; set; } = "ibeacon";

    /// <summary>Advertiser id as sightings carry it: iBeacon <c>uuid:major:minor</c>, AltBeacon id hex, Eddystone namespace+instance.</summary>
    public string Adv { get; set; } = "";

    /// <summary>Zone the beacon stands in.</summary>
    public string Zone { get; set; } = "";

    public double X { get; set; }

    public double Y { get; set; }

    /// <summary>Calibrated RSSI at 1 m (dBm, the beacon's measured power); null: the sighting's <c>txPower</c>, else −59.</summary>
    public int? RssiAt1m { get; set; }

    /// <summary>Extra correction in dB added to every phone's RSSI of this beacon (placement: behind glass, high up).</summary>
    public double RxOffsetDb { get; set; }

    public static string KeyOf(string store, string beacon) => $"{store}/{beacon}";
}
