using ScenarioEdge.Gateway.Identity;
using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Api;

/// <summary>
/// <c>/api/shoppers/{shopper}/tags</c>: the segment tags an operator assigns to a shopper (CRM segments), which
/// campaigns' audiences test. Operators change them, viewers read them; the app has no way to set them.
/// </summary>
public static class ShopperTagEndpoints
{
    public static WebApplication MapShopperTags(this WebApplication app)
    {
        var api = app.MapGroup("/api/shoppers").WithTags("Operator");
        api.MapGet("/{shopper}/tags", Get).RequireAuthorization(Policies.Viewer)
            .WithSummary("A shopper's segment tags")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPut("/{shopper}/tags", Put).RequireAuthorization(Policies.Operator)
            .WithSummary($"Replace a shopper's segment tags (at most {ShopperTags.MaxCount}, each 1-{ShopperTags.MaxLength} letters, digits, '-', '_' or '.')")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static IResult Get(string shopper, GatewayDatabase database) =>
        database.Shoppers.FindById(shopper) is { } record
            ? Results.Ok(new { shopper = record.Id, tags = record.Tags ?? [] })
            : Results.Problem(detail: $"no shopper '{shopper}'", statusCode: StatusCodes.Status404NotFound);

    private static IResult Put(string shopper, TagsRequest? request, GatewayDatabase database, IdentityDirectory directory)
    {
        var problems = ShopperTags.Problems(request?.Tags);
        if (problems.Count > 0)
        {
            return Results.Problem(detail: string.Join("; ", problems), statusCode: StatusCodes.Status400BadRequest);
        }

        if (database.Shoppers.FindById(shopper) is not { } record)
        {
            return Results.Problem(detail: $"no shopper '{shopper}'", statusCode: StatusCodes.Status404NotFound);
        }

        record.Tags = [.. request!.Tags!];
        database.Shoppers.Update(record);
        directory.Changed();
        return Results.Ok(new { shopper = record.Id, tags = record.Tags });
    }
}
