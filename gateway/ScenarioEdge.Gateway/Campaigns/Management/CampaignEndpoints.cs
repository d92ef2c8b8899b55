using ScenarioEdge.Campaigns.Loading;
using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Campaigns.Management;

/// <summary><c>/api/campaigns</c>: viewers read campaigns and their history; operators create, change, validate, activate, pause and end them.</summary>
public static class CampaignEndpoints
{
    internal static void MapCampaignEndpoints(this WebApplication app)
    {
        var api = app.MapGroup("/api/campaigns").WithTags("Campaigns");
        api.MapGet("", (GatewayDatabase db) => db.Campaigns.FindAll().OrderBy(c => c.Id, StringComparer.Ordinal).Select(c => CampaignSummary.Of(c)).ToList())
            .RequireAuthorization(Api.Policies.Viewer)
            .WithSummary("Every campaign with its state and current version")
            .Produces<List<CampaignSummary>>()
            .ProducesProblem(StatusCodes.Status500InternalServerError);
        api.MapGet("/{id}", (string id, HttpContext context, GatewayDatabase db) => db.Campaigns.FindById(id) is { } c
                ? CampaignResults.WithETag(context, c, Results.Ok(CampaignResults.Detail(c, db)))
                : Results.Problem(detail: $"no campaign '{id}'", statusCode: StatusCodes.Status404NotFound))
            .RequireAuthorization(Api.Policies.Viewer)
            .WithSummary("A campaign with its current document (ETag: its version)")
            .Produces<CampaignSummary>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/{id}/versions", (string id, GatewayDatabase db) => db.Campaigns.FindById(id) is null
                ? Results.Problem(detail: $"no campaign '{id}'", statusCode: StatusCodes.Status404NotFound)
                : Results.Ok(db.CampaignVersions.Find(v => v.Campaign == id).OrderBy(v => v.Version).Select(v => CampaignVersionSummary.Of(v, false)).ToList()))
            .RequireAuthorization(Api.Policies.Viewer)
            .WithSummary("A campaign's versions: number, who changed it and when")
            .Produces<List<CampaignVersionSummary>>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        // No route constraint on version: a route that does not match would answer 404 before the role is checked.
        api.MapGet("/{id}/versions/{version}", (string id, string version, GatewayDatabase db) =>
                !int.TryParse(version, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
                    ? Results.Problem(detail: $"version '{version}': a whole number from 1", statusCode: StatusCodes.Status400BadRequest)
                    : db.CampaignVersions.FindById(CampaignVersionRecord.KeyOf(id, n)) is { } v
                        ? Results.Ok(CampaignVersionSummary.Of(v, true))
                        : Results.Problem(detail: $"campaign '{id}' has no version {n}", statusCode: StatusCodes.Status404NotFound))
            .RequireAuthorization(Api.Policies.Viewer)
            .WithSummary("One version of a campaign's document, as it was written")
            .Produces<CampaignVersionSummary>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("", CreateAsync).RequireAuthorization(Api.Policies.Operator)
            .WithSummary("Create a campaign (JSON or YAML body) as a draft at version 1")
            .Document(StatusCodes.Status201Created);
        api.MapPut("/{id}", UpdateAsync).RequireAuthorization(Api.Policies.Operator)
            .WithSummary("Write a new version; the If-Match header or the document's version names the version it was made from (409 when stale)")
            .Document(StatusCodes.Status200OK, StatusCodes.Status404NotFound);
        api.MapPost("/validate", ValidateAsync).RequireAuthorization(Api.Policies.Operator)
            .WithSummary("Validate a campaign document without saving it: every problem by path and line")
            .Document(StatusCodes.Status200OK);
        api.MapPost("/{id}/activate", (string id, HttpContext context, CampaignStore store, GatewayDatabase db) => CampaignResults.Of(store.Activate(id, By(context)), context, db))
            .RequireAuthorization(Api.Policies.Operator).WithSummary("Activate a campaign: it runs within a second, everywhere at once").States();
        api.MapPost("/{id}/pause", (string id, HttpContext context, CampaignStore store, GatewayDatabase db) => CampaignResults.Of(store.Pause(id, By(context)), context, db))
            .RequireAuthorization(Api.Policies.Operator).WithSummary("Pause an active campaign: it stops matching at once").States();
        api.MapPost("/{id}/end", (string id, HttpContext context, CampaignStore store, GatewayDatabase db) => CampaignResults.Of(store.End(id, By(context)), context, db))
            .RequireAuthorization(Api.Policies.Operator).WithSummary("End a campaign for good (its versions are kept)").States();
    }

    private static async Task<IResult> CreateAsync(HttpContext context, CampaignStore store, CampaignCatalog catalog, ICampaignCounters counters, GatewayDatabase db)
    {
        var (loaded, format, refusal) = await CampaignBody.ReadAsync(context.Request, catalog);
        return Refused(loaded, refusal, counters) ?? CampaignResults.Of(store.Create(loaded!.Document!, format, By(context)), context, db);
    }

    private static async Task<IResult> UpdateAsync(string id, HttpContext context, CampaignStore store, CampaignCatalog catalog, ICampaignCounters counters, GatewayDatabase db)
    {
        if (!TryIfMatch(context.Request.Headers.IfMatch.ToString(), out var basedOn))
        {
            return Results.Problem(detail: "If-Match: the version the change was made from, as \"3\"", statusCode: StatusCodes.Status400BadRequest);
        }

        var (loaded, format, refusal) = await CampaignBody.ReadAsync(context.Request, catalog);
        return Refused(loaded, refusal, counters) ?? CampaignResults.Of(store.Update(id, loaded!.Document!, format, basedOn, By(context)), context, db);
    }

    private static async Task<IResult> ValidateAsync(HttpContext context, CampaignCatalog catalog)
    {
        var (loaded, _, refusal) = await CampaignBody.ReadAsync(context.Request, catalog);
        if (refusal is not null)
        {
            return refusal;
        }

        return loaded!.IsValid
            ? Results.Ok(new { valid = true, id = loaded.Document!.Id, problems = Array.Empty<object>() })
            : CampaignResults.Problems(StatusCodes.Status400BadRequest, loaded.Problems);
    }

    /// <summary>The refusal of a body that did not load, counted by reason; null when it loaded.</summary>
    private static IResult? Refused(CampaignLoadResult? loaded, IResult? refusal, ICampaignCounters counters)
    {
        if (refusal is not null)
        {
            counters.DocumentRefused(loaded is null && refusal is IStatusCodeHttpResult { StatusCode: 415 } ? RefusalReasons.Syntax : RefusalReasons.TooLarge);
            return refusal;
        }

        if (loaded!.IsValid)
        {
            return null;
        }

        counters.DocumentRefused(RefusalReasons.Of(loaded.Problems));
        return CampaignResults.Problems(StatusCodes.Status400BadRequest, loaded.Problems);
    }

    /// <summary>Absent is fine (the document's version decides); otherwise "3", W/"3" or 3.</summary>
    internal static bool TryIfMatch(string header, out int? version)
    {
        version = null;
        if (string.IsNullOrWhiteSpace(header))
        {
            return true;
        }

        var value = header.Trim();
        value = value.StartsWith("W/", StringComparison.Ordinal) ? value[2..] : value;
        if (int.TryParse(value.Trim('"'), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var v) && v >= 1)
        {
            version = v;
            return true;
        }

        return false;
    }

    private static string By(HttpContext context) => context.User.Identity?.Name ?? "unknown";

    private static RouteHandlerBuilder Document(this RouteHandlerBuilder endpoint, int success, int? more = null)
    {
        endpoint.Accepts<ScenarioEdge.Campaigns.Documents.CampaignDocument>("application/json", "application/yaml")
            .Produces<CampaignSummary>(success)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        return more is { } status ? endpoint.ProducesProblem(status) : endpoint;
    }

    private static RouteHandlerBuilder States(this RouteHandlerBuilder endpoint) =>
        endpoint.Produces<CampaignSummary>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
