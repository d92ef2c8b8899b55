using System.Text.Json.Serialization;

namespace ScenarioEdge.Protocol.Messages;

/// <summary>
/// Fields every message carries: schema version <c>v</c>, a message id <c>id</c> unique per sender (so that a
/// QoS 1 redelivery is recognised and handled once) and the event time <c>ts</c> (ISO 8601 with offset) at which
/// the fact happened at the sender, not when it was sent or received.
/// </summary>
/// <remarks>
/// Properties with a default other than the type's own are settable rather than init-only: the source-generated
/// deserializer sets every init-only property in one object initializer and would overwrite such defaults with
/// zero when the field is absent from the payload.
/// </remarks>
public abstract record ProtocolMessage
{
    /// <summary>Schema version; see <see cref="ProtocolVersion"/>.</summary>
    [JsonPropertyName("v")]
    [JsonPropertyOrder(-3)]
    public int V { get; set; } = ProtocolVersion.Current;

    /// <summary>Message id, unique per sender: 1-64 characters of letters, digits, '-', '_' or '.'.</summary>
    [JsonPropertyName("id")]
    [JsonPropertyOrder(-2)]
    public required string Id { get; init; }

    /// <summary>Event time of the fact.</summary>
    [JsonPropertyName("ts")]
    [JsonPropertyOrder(-1)]
    public required DateTimeOffset Ts { get; init; }

    /// <summary>Checks every field; returns null when valid, else a message naming the first bad field.</summary>
    public string? Validate()
    {
        if (V < 1 || V > ProtocolVersion.Current)
        {
            return $"v: unsupported schema version {V} (this build reads 1 to {ProtocolVersion.Current})";
        }

        if (Id is null || !Ids.IsValid(Id))
        {
            return "id: required, 1-64 characters of letters, digits, '-', '_' or '.'";
        }

        return Ts == default ? "ts: required event time (ISO 8601 with offset)" : ValidateBody();
    }

    /// <summary>Checks the fields of the concrete message; null when valid.</summary>
    protected abstract string? ValidateBody();
}
