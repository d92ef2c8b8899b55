using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using ScenarioEdge.Provisioning;
using ScenarioEdge.Simulation.Scenarios;

namespace ScenarioEdge.Simulation.Provisioning;

/// <summary>
/// Sets a scenario up at a gateway the way real stores and phones do: the store side through the operator API, then
/// each shopper's app registers through the app API with the consents the shopper gives.
/// </summary>
public static class GatewayProvisioningClient
{
    /// <summary>Notice version the virtual apps say their shoppers were shown.</summary>
    public const string NoticeVersion = "simulator";

    /// <summary>
    /// Provisions the store side. With <paramref name="rotate"/> every device gets a new secret (the simulator plays
    /// the devices and needs them); without, only devices new to the gateway do.
    /// </summary>
    public static async Task<ProvisionedCredentials> ProvisionAsync(Uri gateway, string apiKey, string scenarioYaml, bool rotate, CancellationToken cancellationToken, HttpMessageHandler? handler = null)
    {
        using var http = Client(gateway, handler);
        using var request = new HttpRequestMessage(HttpMethod.Post, rotate ? "/api/provisioning/scenario?rotate=true" : "/api/provisioning/scenario")
        {
            Content = new StringContent(scenarioYaml, Encoding.UTF8, "application/yaml"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        using var response = await http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new InvalidOperationException($"the gateway refused to provision the scenario: {(int)response.StatusCode} {response.ReasonPhrase}: {body}");
        }

        return await response.Content.ReadFromJsonAsync(ProvisioningJsonContext.Default.ProvisionedCredentials, cancellationToken)
            ?? throw new InvalidOperationException("the gateway answered provisioning with an empty body");
    }

    /// <summary>Registers every shopper of <paramref name="scenario"/> through the app API and adds their apps to <paramref name="credentials"/>.</summary>
    public static async Task<ProvisionedCredentials> RegisterShoppersAsync(Uri gateway, Scenario scenario, ProvisionedCredentials credentials, CancellationToken cancellationToken, HttpMessageHandler? handler = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(credentials);
        using var http = Client(gateway, handler);
        var apps = new List<AppCredentials>(scenario.Shoppers.Count);
        foreach (var shopper in scenario.Shoppers)
        {
            apps.Add(await RegisterAsync(http, shopper, cancellationToken));
        }

        return credentials with { Apps = [.. credentials.Apps.Where(a => apps.All(n => n.Shopper != a.Shopper)), .. apps] };
    }

    private static async Task<AppCredentials> RegisterAsync(HttpClient http, ShopperSpec shopper, CancellationToken cancellationToken)
    {
        var body = new RegistrationRequestBody(shopper.Consent, NoticeVersion, shopper.Wearable is null ? null : [shopper.Wearable], shopper.RestingHr, shopper.MaxHr);
        using var response = await http.PostAsJsonAsync("/api/app/register", body, ProvisioningJsonContext.Default.RegistrationRequestBody, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new InvalidOperationException($"the gateway refused to register shopper '{shopper.Id}': {(int)response.StatusCode} {response.ReasonPhrase}: {text}");
        }

        var answer = await response.Content.ReadFromJsonAsync(ProvisioningJsonContext.Default.RegistrationAnswer, cancellationToken)
            ?? throw new InvalidOperationException("the gateway answered registration with an empty body");
        return new AppCredentials(shopper.Id, answer.Install, $"app:{answer.Install}", answer.Token, answer.TokenKey) { GatewayShopper = answer.Shopper };
    }

    private static HttpClient Client(Uri gateway, HttpMessageHandler? handler) =>
        handler is null
            ? new HttpClient { BaseAddress = gateway, Timeout = TimeSpan.FromSeconds(30) }
            : new HttpClient(handler, disposeHandler: false) { BaseAddress = gateway, Timeout = TimeSpan.FromSeconds(30) };
}
