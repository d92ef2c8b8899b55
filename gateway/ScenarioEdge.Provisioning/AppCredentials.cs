using System.Text.Json.Serialization;

namespace ScenarioEdge.Provisioning;

/// <summary>
/// What a virtual shopper's app got from <c>POST /api/app/register</c>: the gateway's random shopper and install
/// ids, the MQTT login and the token key. <see cref="Shopper"/> is the scenario's name for the shopper.
/// </summary>
public sealed record AppCredentials(
    [property: JsonPropertyName("shopper")] string Shopper,
    [property: JsonPropertyName("install")] string Install,
    [property: JsonPropertyName("userName")] string UserName,
    [property: JsonPropertyName("password")] string Password,
    [property: JsonPropertyName("tokenKey")] string TokenKey)
{
    /// <summary>The gateway's pseudonymous id of the shopper.</summary>
    [JsonPropertyName("gatewayShopper")]
    public string GatewayShopper { get; init; } = "";

    /// <summary>The install token: the app's MQTT password and HTTP bearer token.</summary>
    public string Token => Password;
}
