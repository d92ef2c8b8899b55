namespace ScenarioEdge.Provisioning;

/// <summary>A shelf display at a position in a zone, shown by the kiosk page of the device that hosts it.</summary>
public sealed class DisplaySpec
{
    public string Display { get; set; } = "";

    public string Zone { get; set; } = "";

    /// <summary>Shelf device whose kiosk shows it (it subscribes to the display's retained topic).</summary>
    public string HostedBy { get; set; } = "";

    public double X { get; set; }

    public double Y { get; set; }
}
