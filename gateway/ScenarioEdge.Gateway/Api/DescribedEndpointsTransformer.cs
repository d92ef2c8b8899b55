using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ScenarioEdge.Gateway.Api;

/// <summary>
/// Adds the endpoints the API explorer cannot see because they are not route handlers (the health checks), when they
/// carry a summary: their method, summary, declared responses and role come from their own metadata.
/// </summary>
internal sealed class DescribedEndpointsTransformer(EndpointDataSource endpoints) : IOpenApiDocumentTransformer
{
    public async Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Paths ??= [];
        foreach (var endpoint in endpoints.Endpoints.OfType<RouteEndpoint>())
        {
            var metadata = endpoint.Metadata;
            if (metadata.GetMetadata<System.Reflection.MethodInfo>() is not null || metadata.GetMetadata<IEndpointSummaryMetadata>() is not { } summary)
            {
                continue;
            }

            var operation = new OpenApiOperation
            {
                Summary = summary.Summary,
                Description = metadata.GetMetadata<IEndpointDescriptionMetadata>()?.Description,
                Tags = new HashSet<OpenApiTagReference>(metadata.GetOrderedMetadata<ITagsMetadata>().SelectMany(t => t.Tags).Select(t => new OpenApiTagReference(t, document))),
                Responses = [],
            };
            foreach (var produces in metadata.GetOrderedMetadata<IProducesResponseTypeMetadata>())
            {
                operation.Responses[produces.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture)] = new OpenApiResponse
                {
                    Description = produces.Description ?? Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(produces.StatusCode),
                    Content = produces.ContentTypes.ToDictionary(c => c, _ => new OpenApiMediaType()),
                };
            }

            await RoleOperationTransformer.ApplyAsync(operation, metadata, document, () => context.GetOrCreateSchemaAsync(typeof(ProblemDetails), null, cancellationToken));
            var path = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            if (!document.Paths.TryGetValue(path, out var item))
            {
                document.Paths[path] = item = new OpenApiPathItem();
            }

            var pathItem = (OpenApiPathItem)item;
            foreach (var method in metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [HttpMethods.Get])
            {
                pathItem.AddOperation(HttpMethod.Parse(method), operation);
            }
        }
    }
}
