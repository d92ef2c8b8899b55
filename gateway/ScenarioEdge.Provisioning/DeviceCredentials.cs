using System.Text.Json.Serialization;

namespace ScenarioEdge.Provisioning;

/// <summary>MQTT login of one provisioned device.</summary>
public sealed record DeviceCredentials(
    [property: JsonPropertyName("device")] string Device,
    [property: JsonPropertyName("userName")] string UserName,
    [property: JsonPropertyName("password")] string Password);
