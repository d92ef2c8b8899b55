using System.Text.Json.Serialization;

namespace ScenarioEdge.Simulation.Running;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(AlertBody))]
[JsonSerializable(typeof(DecisionsAnswer))]
[JsonSerializable(typeof(ScenarioSummary))]
public sealed partial class GatewayApiJsonContext : JsonSerializerContext;
