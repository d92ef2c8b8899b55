using ScenarioEdge.Gateway.Campaigns.Management;
using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Campaigns.Alerts;

/// <summary><c>/api/alerts</c>: operators post external alerts for an area; viewers list them.</summary>
internal static class AlertEndpoints
{
    public static void MapAlertEndpoints(this WebApplication app)
    {
        var api = app.MapGroup("/api/alerts").WithTags("Campaigns");
        api.MapPost("", (AlertRequest request, HttpContext context, AlertBoard board) => Answer(board.Post(request, context.User.Identity?.Name ?? "unknown")))
            .RequireAuthorization(Api.Policies.Operator)
            .WithSummary("Post an external alert (kind, severity, stores or point and radius, validity, text) for the campaigns that trigger on alerts")
            .Produces<PostedAlert>(StatusCodes.Status201Created)
            .Produces<PostedAlert>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        api.MapGet("", (GatewayDatabase db, int? limit) => db.Alerts.Query().OrderByDescending(a => a.PostedAt).Limit(Math.Clamp(limit ?? 100, 1, 1000)).ToList())
            .RequireAuthorization(Api.Policies.Viewer)
            .WithSummary("The latest alerts (newest first; ?limit= up to 1000), with the stores each covered")
            .Produces<List<AlertRecord>>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
    }

    private static IResult Answer(AlertOutcome outcome) => outcome.Kind switch
    {
        AlertOutcomeKind.Posted => Results.Created($"/api/alerts/{outcome.Alert!.Id}", outcome.Alert),
        AlertOutcomeKind.Replayed => Results.Ok(outcome.Alert),
        AlertOutcomeKind.Conflict => Results.Problem(detail: outcome.Detail, statusCode: StatusCodes.Status409Conflict),
        AlertOutcomeKind.RateLimited => Results.Problem(detail: outcome.Detail, statusCode: StatusCodes.Status429TooManyRequests),
        _ => CampaignResults.Problems(StatusCodes.Status400BadRequest, outcome.Problems ?? [], "Invalid alert", "alert"),
    };
}
