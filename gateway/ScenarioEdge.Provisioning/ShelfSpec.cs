namespace ScenarioEdge.Provisioning;

/// <summary>A smart shelf (edge device) in a zone with its load-cell lanes (the simulator adds the cells' noise, drift and glitches).</summary>
public class ShelfSpec
{
    public string Device { get; set; } = "";

    public string Zone { get; set; } = "";

    public double X { get; set; }

    public double Y { get; set; }

    public List<ShelfLaneSpec> Lanes { get; set; } = [];
}
