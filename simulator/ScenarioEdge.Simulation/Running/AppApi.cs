using System.Net.Http.Headers;
using System.Text.Json;
using ScenarioEdge.Provisioning;

namespace ScenarioEdge.Simulation.Running;

/// <summary>
/// The gateway's app API as a shopper's app calls it, with the app's own install token (never an operator key): a
/// checkout code to show at the till, and the points balance.
/// </summary>
internal sealed class AppApi(Uri gateway) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = gateway, Timeout = TimeSpan.FromSeconds(30) };

    public async Task<string> CheckoutCodeAsync(string token, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/app/checkout-code");
        using var answer = await SendAsync(request, token, "a checkout code", cancellationToken);
        return answer.RootElement.GetProperty("code").GetString()
            ?? throw new InvalidOperationException("the gateway answered a checkout code without a code");
    }

    public async Task<long> PointsBalanceAsync(string token, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/app/points?size=1");
        using var answer = await SendAsync(request, token, "the points balance", cancellationToken);
        return answer.RootElement.GetProperty("balance").GetInt64();
    }

    // A refusal is the scenario's problem (a shopper without the offers consent asks for a checkout code), not the network's.
    private async Task<JsonDocument> SendAsync(HttpRequestMessage request, string token, string what, CancellationToken cancellationToken)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await _http.SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        return response.IsSuccessStatusCode
            ? JsonDocument.Parse(text)
            : throw new ScenarioException($"the gateway refused {what}: {(int)response.StatusCode} {response.ReasonPhrase}: {text}");
    }

    public void Dispose() => _http.Dispose();
}
