using System.Text.Json.Serialization;

namespace ScenarioEdge.Simulation.Provisioning;

/// <summary>The gateway's answer to <c>POST /api/app/register</c>.</summary>
public sealed record RegistrationAnswer(
    [property: JsonPropertyName("shopper")] string Shopper,
    [property: JsonPropertyName("install")] string Install,
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("tokenKey")] string TokenKey);
