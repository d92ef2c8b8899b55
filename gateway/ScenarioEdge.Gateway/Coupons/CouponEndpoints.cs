using System.Text;
using ScenarioEdge.Campaigns.Loading;
using ScenarioEdge.Coupons.Documents;
using ScenarioEdge.Coupons.Loading;
using ScenarioEdge.Gateway.Campaigns.Management;
using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Coupons;

/// <summary><c>/api/coupons</c>: viewers read definitions, their versions and spent budgets; operators create, change, validate and retire them.</summary>
public static class CouponEndpoints
{
    internal static void MapCouponEndpoints(this WebApplication app)
    {
        var api = app.MapGroup("/api/coupons").WithTags("Coupons");
        api.MapGet("", (GatewayDatabase db) => db.Coupons.FindAll().OrderBy(c => c.Id, StringComparer.Ordinal).Select(c => CouponSummary.Of(c, db, false)).ToList())
            .RequireAuthorization(Api.Policies.Viewer).WithSummary("Every coupon definition with its state, version and spent budget")
            .Produces<List<CouponSummary>>()
            .ProducesProblem(StatusCodes.Status500InternalServerError);
        api.MapGet("/{id}", (string id, HttpContext context, GatewayDatabase db) => db.Coupons.FindById(id) is { } c
                ? WithETag(context, c, Results.Ok(CouponSummary.Of(c, db, true)))
                : Results.Problem(detail: $"no coupon '{id}'", statusCode: StatusCodes.Status404NotFound))
            .RequireAuthorization(Api.Policies.Viewer).WithSummary("A coupon definition with its current document (ETag: its version)")
            .Produces<CouponSummary>().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/{id}/versions", (string id, GatewayDatabase db) => db.Coupons.FindById(id) is null
                ? Results.Problem(detail: $"no coupon '{id}'", statusCode: StatusCodes.Status404NotFound)
                : Results.Ok(db.CouponVersions.Find(v => v.Coupon == id).OrderBy(v => v.Version)
                    .Select(v => new { version = v.Version, changedBy = v.ChangedBy, changedAt = v.ChangedAt, document = CouponSummary.Parse(v.Json) }).ToList()))
            .RequireAuthorization(Api.Policies.Viewer).WithSummary("Every version of a coupon definition, as written")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("", async (HttpContext context, CouponStore store, CampaignCatalog catalog, GatewayDatabase db) =>
            {
                var (loaded, refusal) = await ReadAsync(context.Request, catalog);
                return refusal ?? Answer(store.Create(loaded!.Document!, By(context)), context, db);
            })
            .RequireAuthorization(Api.Policies.Operator).WithSummary("Create a coupon definition (JSON or YAML body) at version 1").Document();
        api.MapPut("/{id}", async (string id, HttpContext context, CouponStore store, CampaignCatalog catalog, GatewayDatabase db) =>
            {
                if (!CampaignEndpoints.TryIfMatch(context.Request.Headers.IfMatch.ToString(), out var basedOn))
                {
                    return Results.Problem(detail: "If-Match: the version the change was made from, as \"3\"", statusCode: StatusCodes.Status400BadRequest);
                }

                var (loaded, refusal) = await ReadAsync(context.Request, catalog);
                return refusal ?? Answer(store.Update(id, loaded!.Document!, basedOn, By(context)), context, db);
            })
            .RequireAuthorization(Api.Policies.Operator)
            .WithSummary("Write a new version; If-Match or the document's version names the version it was made from (409 when stale)")
            .Document().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/validate", async (HttpContext context, CampaignCatalog catalog) =>
            {
                var (loaded, refusal) = await ReadAsync(context.Request, catalog);
                return refusal ?? Results.Ok(new { valid = true, id = loaded!.Document!.Id, problems = Array.Empty<object>() });
            })
            .RequireAuthorization(Api.Policies.Operator).WithSummary("Validate a coupon definition without saving it: every problem by path and line").Document();
        api.MapPost("/{id}/retire", (string id, HttpContext context, CouponStore store, GatewayDatabase db) => Answer(store.Retire(id, By(context)), context, db))
            .RequireAuthorization(Api.Policies.Operator).WithSummary("Retire a coupon definition: no more issuances; codes issued still redeem until they expire")
            .Produces<CouponSummary>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    /// <summary>The body as a loaded definition, or the refusal: 415 for another content type, 413 over the size limit, 400 listing every problem.</summary>
    private static async Task<(CouponLoadResult? Loaded, IResult? Refusal)> ReadAsync(HttpRequest request, CampaignCatalog catalog)
    {
        var format = CampaignBody.FormatOf(request.ContentType);
        if (format is null)
        {
            return (null, Results.Problem(title: "Unsupported content type",
                detail: $"'{request.ContentType}': send the coupon definition as application/json or application/yaml", statusCode: StatusCodes.Status415UnsupportedMediaType));
        }

        var max = DocumentLimits.Default.MaxBytes;
        var buffer = new byte[max + 1];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = await request.Body.ReadAsync(buffer.AsMemory(length), request.HttpContext.RequestAborted)) > 0)
        {
            length += read;
        }

        if (length > max)
        {
            return (null, CampaignResults.Problems(StatusCodes.Status413PayloadTooLarge, [new CampaignProblem("$", $"document of more than {max} bytes")], "Invalid coupon definition"));
        }

        var text = Encoding.UTF8.GetString(buffer, 0, length);
        var loaded = format == "json" ? CouponLoader.FromJson(text, catalog) : CouponLoader.FromYaml(text, catalog);
        return loaded.IsValid ? (loaded, null) : (loaded, CampaignResults.Problems(StatusCodes.Status400BadRequest, loaded.Problems, "Invalid coupon definition"));
    }

    private static IResult Answer(CouponOutcome outcome, HttpContext context, GatewayDatabase db) => outcome.Status switch
    {
        StatusCodes.Status201Created => WithETag(context, outcome.Coupon!, Results.Created($"/api/coupons/{outcome.Coupon!.Id}", CouponSummary.Of(outcome.Coupon, db, true))),
        StatusCodes.Status200OK => WithETag(context, outcome.Coupon!, Results.Ok(CouponSummary.Of(outcome.Coupon!, db, true))),
        StatusCodes.Status400BadRequest => CampaignResults.Problems(StatusCodes.Status400BadRequest, outcome.Problems ?? [], "Invalid coupon definition"),
        _ => Results.Problem(title: outcome.Status == StatusCodes.Status409Conflict ? "Conflict" : null, detail: outcome.Detail, statusCode: outcome.Status,
            extensions: outcome.Coupon is { } c ? new Dictionary<string, object?> { ["currentVersion"] = c.Version } : null),
    };

    private static IResult WithETag(HttpContext context, CouponRecord record, IResult result)
    {
        context.Response.Headers.ETag = $"\"{record.Version}\"";
        return result;
    }

    private static string By(HttpContext context) => context.User.Identity?.Name ?? "unknown";

    private static RouteHandlerBuilder Document(this RouteHandlerBuilder endpoint) =>
        endpoint.Accepts<CouponDocument>("application/json", "application/yaml")
            .Produces<CouponSummary>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
}
