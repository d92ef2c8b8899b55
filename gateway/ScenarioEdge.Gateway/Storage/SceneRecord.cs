namespace ScenarioEdge.Gateway.Storage;

/// <summary>One scene transition of a shopper (LiteDB collection <c>scenes</c>), the timeline behind the scenes API.</summary>
public sealed class SceneRecord
{
    public long Id { get; set; }

    public string Shopper { get; set; } = "";

    public string? Store { get; set; }

    /// <summary>What changed: entered, zoneChanged, dwellStarted, leftSignalLost, leftMovedAway, activityChanged.</summary>
    public string Kind { get; set; } = "";

    public string State { get; set; } = "";

    public string Previous { get; set; } = "";

    public string? Zone { get; set; }

    public bool Dwelling { get; set; }

    public string? Shelf { get; set; }

    public double Confidence { get; set; }

    public List<string> Reasons { get; set; } = [];

    /// <summary>Event time of the transition (UTC).</summary>
    public DateTime At { get; set; }
}
