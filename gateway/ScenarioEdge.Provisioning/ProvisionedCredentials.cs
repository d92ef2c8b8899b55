using System.Text.Json.Serialization;

namespace ScenarioEdge.Provisioning;

/// <summary>
/// Logins of a provisioned scenario: what the gateway's operator API answers for the store's devices (a secret only
/// for a device that is new or rotated; the others keep theirs) and, added by the simulator, what each virtual
/// shopper's app got when it registered through the app API, as a real phone does.
/// </summary>
/// <remarks>Settable, not init-only: the source-generated reader would set an absent list to null otherwise.</remarks>
public sealed record ProvisionedCredentials
{
    /// <summary>Devices given a new secret by this provisioning.</summary>
    [JsonPropertyName("devices")]
    public List<DeviceCredentials> Devices { get; set; } = [];

    /// <summary>Devices that keep the secret they already had (none is returned).</summary>
    [JsonPropertyName("unchanged")]
    public List<string> Unchanged { get; set; } = [];

    /// <summary>Devices that stay revoked (re-provisioning does not let them back in; rotating does).</summary>
    [JsonPropertyName("revoked")]
    public List<string> Revoked { get; set; } = [];

    /// <summary>Registered apps of the scenario's shoppers; never part of the gateway's provisioning answer.</summary>
    [JsonPropertyName("apps")]
    public List<AppCredentials> Apps { get; set; } = [];

    /// <summary>Login for an MQTT client id (device id or registered install id), for the simulator's runner.</summary>
    public (string User, string Password)? For(string clientId) =>
        Devices.FirstOrDefault(d => d.Device == clientId) is { } d ? (d.UserName, d.Password)
        : Apps.FirstOrDefault(a => a.Install == clientId) is { } a ? (a.UserName, a.Password)
        : null;

    /// <summary>Token key of a scenario shopper, for the simulator's runner.</summary>
    public byte[]? KeyOf(string shopper) =>
        Apps.FirstOrDefault(a => a.Shopper == shopper) is { } a ? Convert.FromHexString(a.TokenKey) : null;

    /// <summary>The install id the gateway gave a scenario shopper's app, for the simulator's runner.</summary>
    public string? InstallOf(string shopper) => Apps.FirstOrDefault(a => a.Shopper == shopper)?.Install;

    /// <summary>The registered app of a scenario shopper.</summary>
    public AppCredentials App(string shopper) =>
        Apps.FirstOrDefault(a => a.Shopper == shopper) ?? throw new InvalidOperationException($"shopper '{shopper}' has not registered");
}
