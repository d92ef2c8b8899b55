using System.Text.Json.Serialization;

namespace ScenarioEdge.Simulation.Provisioning;

/// <summary>
/// What the gateway hands back when a scenario is provisioned through its operator API: the MQTT logins of the
/// scenario's devices and apps and each shopper's token key, exactly what real devices and apps receive at
/// provisioning and registration.
/// </summary>
public sealed record ProvisionedCredentials
{
    [JsonPropertyName("devices")]
    public List<DeviceCredentials> Devices { get; init; } = [];

    [JsonPropertyName("apps")]
    public List<AppCredentials> Apps { get; init; } = [];

    /// <summary>Login for an MQTT client id (device id or install id), for <see cref="Running.RunnerOptions.Credentials"/>.</summary>
    public (string User, string Password)? For(string clientId) =>
        Devices.FirstOrDefault(d => d.Device == clientId) is { } d ? (d.UserName, d.Password)
        : Apps.FirstOrDefault(a => a.Install == clientId) is { } a ? (a.UserName, a.Password)
        : null;

    /// <summary>Token key of a scenario shopper, for <see cref="Running.RunnerOptions.TokenKeys"/>.</summary>
    public byte[]? KeyOf(string shopper) =>
        Apps.FirstOrDefault(a => a.Shopper == shopper) is { } a ? Convert.FromHexString(a.TokenKey) : null;
}
