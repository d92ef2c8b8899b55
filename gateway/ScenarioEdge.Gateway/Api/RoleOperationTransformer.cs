using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ScenarioEdge.Gateway.Api;

/// <summary>
/// Reads the role from the endpoint's own authorization metadata, so the document cannot disagree with what is
/// enforced: <c>x-role</c> and the description name it, and a protected operation gets the bearer requirement and
/// the 401 and 403 problems the authentication handler answers.
/// </summary>
internal sealed class RoleOperationTransformer : IOpenApiOperationTransformer
{
    public const string RoleExtension = "x-role";
    public const string Anonymous = "anonymous";

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken) =>
        ApplyAsync(operation, context.Description.ActionDescriptor.EndpointMetadata, context.Document, () => context.GetOrCreateSchemaAsync(typeof(ProblemDetails), null, cancellationToken));

    /// <summary>Names the role and, for a protected endpoint, adds the bearer requirement and its 401 and 403 problems.</summary>
    public static async Task ApplyAsync(OpenApiOperation operation, IEnumerable<object> metadata, OpenApiDocument? document, Func<Task<OpenApiSchema>> problemSchema)
    {
        var role = RoleOf(metadata);
        operation.Extensions ??= new Dictionary<string, IOpenApiExtension>();
        operation.Extensions[RoleExtension] = new JsonNodeExtension(JsonValue.Create(role));
        operation.Description = $"Role: {Describe(role)}." + (operation.Description is { Length: > 0 } more ? " " + more : "");
        if (role == Anonymous)
        {
            return;
        }

        operation.Security ??= [];
        operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerAuthenticationHandler.SchemeName, document)] = [] });
        var problem = await problemSchema();
        operation.Responses ??= [];
        operation.Responses.TryAdd("401", Problem("no bearer token, or one refused (unknown, revoked, expired, forged); the problem says which", problem));
        operation.Responses.TryAdd("403", Problem($"the token is valid but is not {Describe(role)}", problem));
    }

    /// <summary>The policy an endpoint requires, or <see cref="Anonymous"/>; the gateway has no fallback policy.</summary>
    public static string RoleOf(IEnumerable<object> metadata)
    {
        var list = metadata.ToList();
        if (list.OfType<IAllowAnonymous>().Any())
        {
            return Anonymous;
        }

        return list.OfType<IAuthorizeData>().Select(a => a.Policy).LastOrDefault(p => p is not null) ?? Anonymous;
    }

    private static string Describe(string role) => role switch
    {
        Policies.App => "app (the shopper app's install token; acts on its own shopper only)",
        Policies.Till => "till (an operator API key with role operator or above, or a point of sale's device login as HTTP Basic, for its own store)",
        Anonymous => Anonymous,
        _ => $"{role} (an operator API key with role {role} or above)",
    };

    private static OpenApiResponse Problem(string description, IOpenApiSchema schema) => new()
    {
        Description = description,
        Content = new Dictionary<string, OpenApiMediaType> { ["application/problem+json"] = new() { Schema = schema } },
    };
}
