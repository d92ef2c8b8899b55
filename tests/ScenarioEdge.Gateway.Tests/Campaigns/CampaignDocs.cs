using System.Net.Http.Headers;
using System.Text;

namespace ScenarioEdge.Gateway.Tests.Campaigns;

/// <summary>Campaign documents for the shelf scenario's store (store-s: zones entrance and drinks, shelf drinks-shelf, displays).</summary>
internal static class CampaignDocs
{
    public static string DwellYaml(string id = "drinks-dwell", int version = 1, string title = "At {shelf}?", string store = "store-s", string shelf = "drinks-shelf") => $"""
        id: {id}
        version: {version}
        name: Drinks dwell
        stores: [{store}]
        trigger:
          kind: dwellShelf
        conditions:
          - shelves: [{shelf}]
            minDwellS: 5
        content:
          appPush:
            title: "{title}"
            body: Try the sports drink
            deepLink: app://products/sports-500
        """;

    public static StringContent Yaml(string text) => new(text, Encoding.UTF8, "application/yaml");

    public static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    public static HttpRequestMessage Put(string id, string yaml, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/campaigns/{id}") { Content = Yaml(yaml) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return request;
    }

    public static HttpClient Client(Uri baseAddress, string key) =>
        new() { BaseAddress = baseAddress, DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Bearer", key) } };
}
