using System.Net.Http.Headers;
using System.Text.Json;
using ScenarioEdge.Gateway.Tests.Infrastructure;

namespace ScenarioEdge.Gateway.Tests.Campaigns;

/// <summary>Reads the decision log through its API, as an operator's tool would.</summary>
internal static class DecisionApi
{
    public static async Task<List<JsonElement>> GetAsync(GatewayFixture gateway, string shopper, string? query = null, string? key = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"/api/shoppers/{shopper}/decisions{query}", UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key ?? gateway.ApiKey);
        using var response = await gateway.Http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return doc.RootElement.GetProperty("decisions").EnumerateArray().Select(e => e.Clone()).ToList();
    }

    /// <summary>Waits until the log holds a decision of <paramref name="campaign"/> with <paramref name="outcome"/>, and returns it.</summary>
    public static async Task<JsonElement> WaitForAsync(GatewayFixture gateway, string shopper, string campaign, string outcome)
    {
        JsonElement found = default;
        await Eventually.TrueAsync(
            async () =>
            {
                var decisions = await GetAsync(gateway, shopper, $"?campaign={campaign}");
                found = decisions.FirstOrDefault(d => d.GetProperty("outcome").GetString() == outcome);
                return found.ValueKind != JsonValueKind.Undefined;
            },
            $"a '{outcome}' decision of {campaign}");
        return found;
    }

    public static string Text(this JsonElement e, string property) => e.GetProperty(property).GetString() ?? "";
}
