using System.Text.Json.Serialization;

namespace ScenarioEdge.Gateway.Observability;

[JsonSourceGenerationOptions(WriteIndented = true)]
[JsonSerializable(typeof(Dictionary<string, object>))]
[JsonSerializable(typeof(Dictionary<string, Dictionary<string, string?>>))]
[JsonSerializable(typeof(Dictionary<string, string?>))]
internal sealed partial class HealthJsonContext : JsonSerializerContext;
