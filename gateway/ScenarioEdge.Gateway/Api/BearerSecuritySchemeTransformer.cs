using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ScenarioEdge.Gateway.Api;

/// <summary>Names the gateway's one bearer scheme (operator API keys and app install tokens) in the document.</summary>
internal sealed class BearerSecuritySchemeTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "ScenarioEdge gateway API";
        document.Info.Description = "Operator API (API keys sek_…, roles viewer < operator < admin) and shopper app API (install tokens). Each operation's x-role names the role it needs.";
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[BearerAuthenticationHandler.SchemeName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "An operator API key (sek_{id}_{secret}) or an app install token (v1.…), as 'Authorization: Bearer <token>'.",
        };
        return Task.CompletedTask;
    }
}
