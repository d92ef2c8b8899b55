namespace ScenarioEdge.EdgeAgent.Display;

/// <summary>One display on this device and what it shows when no campaign content is live.</summary>
public sealed class DisplayDefault
{
    public string Id { get; set; } = "";

    public string Title { get; set; } = "Welcome";

    public string? Promotion { get; set; }
}
