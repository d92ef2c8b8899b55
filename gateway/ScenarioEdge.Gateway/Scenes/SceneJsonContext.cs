using System.Text.Json.Serialization;

namespace ScenarioEdge.Gateway.Scenes;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(SceneTimelineResponse))]
internal sealed partial class SceneJsonContext : JsonSerializerContext;
