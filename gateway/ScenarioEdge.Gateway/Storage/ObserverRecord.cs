namespace ScenarioEdge.Gateway.Storage;

/// <summary>A read-only MQTT login (collection <c>observers</c>); only its salted hash is stored.</summary>
public sealed class ObserverRecord
{
    public string Id { get; set; } = "";

    public string Hash { get; set; } = "";
}
