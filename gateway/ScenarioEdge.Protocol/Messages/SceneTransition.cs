using System.Text.Json.Serialization;

namespace ScenarioEdge.Protocol.Messages;

/// <summary>
/// A change of a shopper's scene (topic <c>se/v1/scenes/{store}/{shopper}</c>, gateway → operators). The shopper
/// is the pseudonymous id, never a token or an app install.
/// </summary>
public sealed record SceneTransition : ProtocolMessage
{
    /// <summary>The scene entered.</summary>
    [JsonPropertyName("state")]
    public SceneState State { get; init; }

    /// <summary>The scene left.</summary>
    [JsonPropertyName("previous")]
    public SceneState Previous { get; init; }

    /// <summary>Zone, when in store.</summary>
    [JsonPropertyName("zone")]
    public string? Zone { get; init; }

    /// <summary>Whether the shopper is dwelling in the zone.</summary>
    [JsonPropertyName("dwelling")]
    public bool Dwelling { get; init; }

    /// <summary>Shelf the shopper dwells at.</summary>
    [JsonPropertyName("shelf")]
    public string? Shelf { get; init; }

    /// <summary>Confidence, 0 to 1.</summary>
    [JsonPropertyName("confidence")]
    public double Confidence { get; init; }

    /// <summary>The evidence that decided it, readable.</summary>
    [JsonPropertyName("reasons")]
    public List<string> Reasons { get; set; } = [];

    /// <inheritdoc />
    protected override string? ValidateBody() => Check.First(
        Check.Defined("state", State),
        Check.Defined("previous", Previous),
        Zone is null ? null : Check.Id("zone", Zone),
        Check.Range("confidence", Confidence, 0, 1),
        Check.Count("reasons", Reasons, 32));
}
