using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace ScenarioEdge.Simulation.Running;

/// <summary>
/// The gateway's operator API as the simulator uses it while a scenario runs, with an operator key: it posts the
/// scenario's alerts and reads the decision log its expectations ask about.
/// </summary>
public sealed class GatewayApi(Uri gateway, string apiKey) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = gateway, Timeout = TimeSpan.FromSeconds(30), DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Bearer", apiKey) } };

    public async Task PostAlertAsync(AlertBody alert, CancellationToken cancellationToken)
    {
        using var response = await _http.PostAsJsonAsync("/api/alerts", alert, GatewayApiJsonContext.Default.AlertBody, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new InvalidOperationException($"the gateway refused alert '{alert.Id}': {(int)response.StatusCode} {response.ReasonPhrase}: {text}");
        }
    }

    /// <summary>The shopper's decisions (the gateway's shopper id), newest first.</summary>
    public async Task<IReadOnlyList<DecisionRow>> DecisionsAsync(string shopper, CancellationToken cancellationToken)
    {
        var answer = await _http.GetFromJsonAsync($"/api/shoppers/{Uri.EscapeDataString(shopper)}/decisions", GatewayApiJsonContext.Default.DecisionsAnswer, cancellationToken);
        return answer?.Decisions ?? [];
    }

    public void Dispose() => _http.Dispose();
}
