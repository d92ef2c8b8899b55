namespace ScenarioEdge.Gateway.Api;

/// <summary>
/// The OpenAPI document of the HTTP API at <c>/openapi/v1.json</c>: every endpoint with its summary, the role it needs
/// and the problems it answers. Anonymous like <c>/health</c>: it describes routes, never data (docs/security.md).
/// </summary>
public static class ApiDocumentExtensions
{
    public const string DocumentPath = "/openapi/v1.json";

    public static IHostApplicationBuilder AddApiDocument(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOpenApi(options =>
        {
            options.AddDocumentTransformer<BearerSecuritySchemeTransformer>();
            options.AddOperationTransformer<RoleOperationTransformer>();
            options.AddDocumentTransformer<DescribedEndpointsTransformer>();
        });
        return builder;
    }

    public static WebApplication MapApiDocument(this WebApplication app)
    {
        app.MapOpenApi().AllowAnonymous();
        return app;
    }
}
