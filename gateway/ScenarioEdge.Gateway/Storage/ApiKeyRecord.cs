namespace ScenarioEdge.Gateway.Storage;

/// <summary>An operator API key (collection <c>apikeys</c>); only its salted hash is stored.</summary>
public sealed class ApiKeyRecord
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public OperatorRole Role { get; set; }

    public string Hash { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    public DateTime? RevokedAt { get; set; }
}
