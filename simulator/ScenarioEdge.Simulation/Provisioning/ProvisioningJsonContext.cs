using System.Text.Json.Serialization;
using ScenarioEdge.Provisioning;

namespace ScenarioEdge.Simulation.Provisioning;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ProvisionedCredentials))]
[JsonSerializable(typeof(RegistrationAnswer))]
[JsonSerializable(typeof(RegistrationRequestBody))]
public sealed partial class ProvisioningJsonContext : JsonSerializerContext;
