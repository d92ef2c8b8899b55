using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using ScenarioEdge.Gateway.Api;
using ScenarioEdge.Gateway.Broker;
using ScenarioEdge.Gateway.Tests.Infrastructure;

namespace ScenarioEdge.Gateway.Tests.Api;

public sealed class ApiDocumentTests
{
    /// <summary>Operations that answer no error at all; every other operation must declare the problems it can answer.</summary>
    private static readonly HashSet<string> CannotFail = ["GET /"];

    [Fact]
    public async Task Document_ListsEveryMappedEndpointWithItsMethod()
    {
        await using var gateway = await GatewayFixture.StartAsync();
        using var document = await FetchAsync(gateway);

        var documented = Operations(document).Select(o => o.Key).ToHashSet();
        var mapped = MappedEndpoints(gateway).ToList();

        Assert.True(mapped.Count >= 20, $"only {mapped.Count} endpoints found: {string.Join(", ", mapped)}");
        var undocumented = mapped.Except(documented).ToList();
        var unmapped = documented.Except(mapped).ToList();
        Assert.True(undocumented.Count == 0, $"mapped but not in the document: {string.Join(", ", undocumented)}");
        Assert.True(unmapped.Count == 0, $"in the document but not mapped: {string.Join(", ", unmapped)}");
    }

    [Fact]
    public async Task Document_EveryOperationNamesItsRoleAndAnError()
    {
        await using var gateway = await GatewayFixture.StartAsync();
        using var document = await FetchAsync(gateway);

        foreach (var (key, operation) in Operations(document))
        {
            var role = operation.TryGetProperty("x-role", out var r) ? r.GetString() : null;
            Assert.True(role is "anonymous" or Policies.Viewer or Policies.Operator or Policies.Admin or Policies.App or Policies.Till, $"{key}: role '{role}'");
            Assert.Contains($"Role: {role}", operation.GetProperty("description").GetString(), StringComparison.Ordinal);
            Assert.True(operation.TryGetProperty("summary", out var summary) && summary.GetString()!.Length > 0, $"{key} has no summary");
            var responses = operation.GetProperty("responses").EnumerateObject().ToList();
            Assert.True(responses.Any(p => p.Name[0] == '2'), $"{key} declares no success response");
            var errors = responses.Where(p => p.Name[0] is '4' or '5').ToList();
            Assert.True(errors.Count > 0 || CannotFail.Contains(key), $"{key} declares no error response");
        }
    }

    [Fact]
    public async Task Document_ProtectedOperation_DeclaresBearer401And403WithProblemBodies()
    {
        await using var gateway = await GatewayFixture.StartAsync();
        using var document = await FetchAsync(gateway);
        var operations = Operations(document).ToDictionary(o => o.Key, o => o.Value);

        Assert.Equal("http", document.RootElement.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer").GetProperty("type").GetString());
        Assert.Equal(Policies.Admin, operations["POST /api/keys"].GetProperty("x-role").GetString());
        Assert.Equal(Policies.Viewer, operations["GET /metrics"].GetProperty("x-role").GetString());
        Assert.Equal(Policies.App, operations["DELETE /api/app/me"].GetProperty("x-role").GetString());
        Assert.Equal("anonymous", operations["POST /api/app/register"].GetProperty("x-role").GetString());
        Assert.Equal(Policies.Viewer, operations["GET /api/campaigns/{id}/versions"].GetProperty("x-role").GetString());
        Assert.Equal(Policies.Operator, operations["PUT /api/campaigns/{id}"].GetProperty("x-role").GetString());
        Assert.Equal(Policies.Operator, operations["POST /api/campaigns/validate"].GetProperty("x-role").GetString());
        Assert.Equal(Policies.Operator, operations["POST /api/alerts"].GetProperty("x-role").GetString());
        Assert.Equal(Policies.Operator, operations["PUT /api/shoppers/{shopper}/tags"].GetProperty("x-role").GetString());
        Assert.Equal(Policies.Viewer, operations["GET /api/shoppers/{shopper}/tags"].GetProperty("x-role").GetString());
        foreach (var (key, operation) in operations.Where(o => o.Value.GetProperty("x-role").GetString() != "anonymous"))
        {
            var responses = operation.GetProperty("responses");
            foreach (var status in new[] { "401", "403" })
            {
                Assert.True(responses.TryGetProperty(status, out var response), $"{key} does not declare {status}");
                Assert.True(response.GetProperty("content").TryGetProperty("application/problem+json", out _), $"{key}: {status} is not a problem");
            }

            Assert.Contains(operation.GetProperty("security").EnumerateArray(), s => s.TryGetProperty("Bearer", out _));
        }

        Assert.False(operations["POST /api/app/register"].TryGetProperty("security", out _));
    }

    /// <summary>
    /// The role the document names is the one enforced: each protected operation, called by the principal just below
    /// its role, is 403; each anonymous one, called with no credentials, is not refused. Nothing is changed: every call
    /// is refused or invalid.
    /// </summary>
    [Fact]
    public async Task Document_RoleOfEveryOperation_IsTheOneEnforced()
    {
        await using var gateway = await GatewayFixture.StartAsync([GatewayFixture.ScenarioPath("welcome.yaml")]);
        using var document = await FetchAsync(gateway);
        var keys = gateway.App.Services.GetRequiredService<ScenarioEdge.Gateway.Security.ApiKeys>();
        var below = new Dictionary<string, string?>
        {
            [Policies.Viewer] = gateway.Token("alice"),
            [Policies.Operator] = keys.Create("viewer", ScenarioEdge.Gateway.Storage.OperatorRole.Viewer).Key,
            [Policies.Admin] = keys.Create("operator", ScenarioEdge.Gateway.Storage.OperatorRole.Operator).Key,
            [Policies.App] = gateway.ApiKey,
            // Below a till (an operator key or a point of sale's login): a viewer key.
            [Policies.Till] = keys.Create("viewer-till", ScenarioEdge.Gateway.Storage.OperatorRole.Viewer).Key,
            ["anonymous"] = null,
        };
        using var client = new HttpClient { BaseAddress = gateway.HttpBase };

        foreach (var (key, operation) in Operations(document))
        {
            var role = operation.GetProperty("x-role").GetString()!;
            var (method, path) = (key.Split(' ')[0], System.Text.RegularExpressions.Regex.Replace(key.Split(' ')[1], "{[^}]+}", "x"));
            using var request = new HttpRequestMessage(new HttpMethod(method), path);
            if (below[role] is { } token)
            {
                request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
            }

            if (method is "POST" or "PUT")
            {
                request.Content = System.Net.Http.Json.JsonContent.Create(new { });
            }

            var status = (await client.SendAsync(request)).StatusCode;

            if (role == "anonymous")
            {
                Assert.True(status is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden), $"{key} is documented anonymous but answered {status}");
            }
            else
            {
                Assert.True(status == HttpStatusCode.Forbidden, $"{key} is documented '{role}' but a principal below it got {status}");
            }
        }

        Assert.NotNull(gateway.Database.Shoppers.FindById(gateway.Shopper("alice")));
    }

    [Fact]
    public async Task Document_WithARefusedToken_IsStillServed()
    {
        await using var gateway = await GatewayFixture.StartAsync();
        using var client = new HttpClient { BaseAddress = gateway.HttpBase };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "sek_forged_secret");

        var response = await client.GetAsync(ApiDocumentExtensions.DocumentPath);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/stores")).StatusCode);
    }

    [Fact]
    public async Task Document_WithoutCredentials_IsServedAndNamesNoData()
    {
        await using var gateway = await GatewayFixture.StartAsync([GatewayFixture.ScenarioPath("welcome.yaml")]);
        using var anonymous = new HttpClient { BaseAddress = gateway.HttpBase };

        var response = await anonymous.GetAsync(ApiDocumentExtensions.DocumentPath);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(gateway.Shopper("alice"), text, StringComparison.Ordinal);
        Assert.DoesNotContain(gateway.ApiKey, text, StringComparison.Ordinal);
        gateway.AssertNoErrorsLogged();
    }

    private static async Task<JsonDocument> FetchAsync(GatewayFixture gateway)
    {
        using var anonymous = new HttpClient { BaseAddress = gateway.HttpBase };
        var response = await anonymous.GetAsync(ApiDocumentExtensions.DocumentPath);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    private static IEnumerable<KeyValuePair<string, JsonElement>> Operations(JsonDocument document) =>
        document.RootElement.GetProperty("paths").EnumerateObject().SelectMany(path => path.Value.EnumerateObject()
            .Where(o => o.Name != "parameters")
            .Select(o => KeyValuePair.Create($"{o.Name.ToUpperInvariant()} {path.Name}", o.Value)));

    /// <summary>What the running app routes, read from its endpoint data sources, not from a list kept by hand.</summary>
    private static IEnumerable<string> MappedEndpoints(GatewayFixture gateway)
    {
        var endpoints = ((IEndpointRouteBuilder)gateway.App).DataSources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>();
        foreach (var endpoint in endpoints)
        {
            var path = Path(endpoint.RoutePattern);
            if (path.StartsWith("/openapi/", StringComparison.Ordinal) || path.StartsWith(BrokerExtensions.WebSocketPath, StringComparison.Ordinal))
            {
                continue;
            }

            // An endpoint with no method metadata (health checks) answers every method; the document lists its GET.
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [HttpMethods.Get];
            foreach (var method in methods)
            {
                yield return $"{method} {path}";
            }
        }
    }

    private static string Path(RoutePattern pattern) =>
        "/" + string.Join('/', pattern.PathSegments.Select(s => string.Concat(s.Parts.Select(p => p switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternParameterPart parameter => $"{{{parameter.Name}}}",
            RoutePatternSeparatorPart separator => separator.Content,
            _ => throw new InvalidOperationException($"unexpected route part {p}"),
        }))));
}
