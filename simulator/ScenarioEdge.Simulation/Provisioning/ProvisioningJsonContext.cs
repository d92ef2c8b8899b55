using System.Text.Json.Serialization;

namespace ScenarioEdge.Simulation.Provisioning;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ProvisionedCredentials))]
public sealed partial class ProvisioningJsonContext : JsonSerializerContext;
