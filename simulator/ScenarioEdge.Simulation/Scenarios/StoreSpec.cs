namespace ScenarioEdge.Simulation.Scenarios;

/// <summary>The simulated store: zones with their centres, scanners with their positions, and the radio.</summary>
public sealed class StoreSpec
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public string TimeZone { get; set; } = "UTC";

    public List<ZoneSpec> Zones { get; set; } = [];

    public List<ScannerSpec> Scanners { get; set; } = [];

    public RadioSpec Radio { get; set; } = new();
}
