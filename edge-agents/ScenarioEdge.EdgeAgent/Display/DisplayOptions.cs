namespace ScenarioEdge.EdgeAgent.Display;

/// <summary>Shelf displays hosted by this device (section <c>Shelf:Displays</c>) and the kiosk web server.</summary>
public sealed class DisplayOptions
{
    /// <summary>Displays this device shows, each with the content it falls back to.</summary>
    public List<DisplayDefault> Displays { get; set; } = [];

    /// <summary>Kiosk HTTP port; 0 picks a free one.</summary>
    public int KioskPort { get; set; } = 8080;

    /// <summary>Address the kiosk binds to: loopback, because the kiosk browser runs on the device itself.</summary>
    public string KioskBindAddress { get; set; } = "127.0.0.1";

    /// <summary>How often the kiosk page asks for new content, in milliseconds.</summary>
    public int PollMs { get; set; } = 1000;
}
