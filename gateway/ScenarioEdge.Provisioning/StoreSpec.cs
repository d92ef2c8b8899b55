namespace ScenarioEdge.Provisioning;

/// <summary>
/// The store section of a scenario file as the gateway provisions it: zones with their centres, scanners, shelves,
/// displays and beacons with their positions, and the offers. The simulator reads more from the same section (its
/// radio model, the load cells' noise) through its own subclasses; nothing here is simulation.
/// </summary>
public class StoreSpec
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public string TimeZone { get; set; } = "UTC";

    /// <summary>Where the store is (WGS 84 degrees), for alerts posted for a point and radius; optional.</summary>
    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    public List<ZoneSpec> Zones { get; set; } = [];

    /// <summary>How the gateway turns sightings into a zone: strongest (default), position or fingerprint.</summary>
    public string ZoneMethod { get; set; } = "strongest";

    public List<ScannerSpec> Scanners { get; set; } = [];

    public List<ShelfSpec> Shelves { get; set; } = [];

    public List<DisplaySpec> Displays { get; set; } = [];

    /// <summary>Points of sale (tills): devices of kind <c>pos</c>.</summary>
    public List<PosSpec> Pos { get; set; } = [];

    /// <summary>Fixed beacons in zones, heard by the shoppers' phones.</summary>
    public List<BeaconSpec> Beacons { get; set; } = [];

    /// <summary>Per-SKU offers the gateway shows on displays and pushes after a shelf interaction.</summary>
    public List<OfferSpec> Offers { get; set; } = [];
}
