using System.Text.Json.Serialization;

namespace ScenarioEdge.Protocol.Messages;

/// <summary>What a shopper is doing, as the gateway judges it.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SceneState>))]
public enum SceneState
{
    /// <summary>Not enough evidence for any scene.</summary>
    [JsonStringEnumMemberName("unknown")] Unknown,
    /// <summary>Travelling on foot or by vehicle at commuting pace.</summary>
    [JsonStringEnumMemberName("commuting")] Commuting,
    /// <summary>Running, cycling or otherwise exercising.</summary>
    [JsonStringEnumMemberName("exercising")] Exercising,
    /// <summary>Sustained stillness.</summary>
    [JsonStringEnumMemberName("resting")] Resting,
    /// <summary>In a store, in a zone, possibly dwelling at a shelf.</summary>
    [JsonStringEnumMemberName("inStore")] InStore,
}
