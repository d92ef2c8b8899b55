using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;

namespace ScenarioEdge.Simulation.Provisioning;

/// <summary>Provisions a scenario's store, devices and shoppers through the gateway's operator API.</summary>
public static class GatewayProvisioningClient
{
    public static async Task<ProvisionedCredentials> ProvisionAsync(Uri gateway, string apiKey, string scenarioYaml, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = gateway, Timeout = TimeSpan.FromSeconds(30) };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/provisioning/scenario")
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
}
