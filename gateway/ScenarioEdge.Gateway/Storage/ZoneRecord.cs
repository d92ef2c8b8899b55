namespace ScenarioEdge.Gateway.Storage;

/// <summary>A zone of a store.</summary>
public sealed class ZoneRecord
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>Seconds in the zone after which a shopper counts as dwelling.</summary>
    public int DwellS { get; set; } = 20;
}
