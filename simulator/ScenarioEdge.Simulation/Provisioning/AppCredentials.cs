using System.Text.Json.Serialization;

namespace ScenarioEdge.Simulation.Provisioning;

/// <summary>MQTT login and token key of one registered app install.</summary>
public sealed record AppCredentials(
    [property: JsonPropertyName("shopper")] string Shopper,
    [property: JsonPropertyName("install")] string Install,
    [property: JsonPropertyName("userName")] string UserName,
    [property: JsonPropertyName("password")] string Password,
    [property: JsonPropertyName("tokenKey")] string TokenKey);
