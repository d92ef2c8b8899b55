using ScenarioEdge.Gateway.Api;
using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Campaigns;

/// <summary>The decision log API: why was shopper S (not) sent campaign C, and when.</summary>
public static class DecisionEndpoints
{
    private const int MaxRows = 1000;

    public static WebApplication MapCampaigns(this WebApplication app)
    {
        app.MapGet("/api/shoppers/{shopper}/decisions", Decisions)
            .WithTags("Operator")
            .RequireAuthorization(Policies.Viewer)
            .WithSummary("A shopper's campaign decisions, newest first (?campaign=&from=&to=, event times, at most 1000)")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return app;
    }

    private static IResult Decisions(string shopper, string? campaign, DateTimeOffset? from, DateTimeOffset? to, GatewayDatabase database, CampaignRuntime runtime)
    {
        if (from > to)
        {
            return Results.Problem(detail: $"from ({from:O}) is after to ({to:O})", statusCode: StatusCodes.Status400BadRequest);
        }

        runtime.FlushNow();
        var since = (from ?? DateTimeOffset.MinValue).UtcDateTime;
        var until = (to ?? DateTimeOffset.MaxValue).UtcDateTime;
        var rows = database.Decisions.Find(d => d.Shopper == shopper)
            .Where(d => (campaign == null || d.Campaign == campaign) && d.EventTime.ToUniversalTime() >= since && d.EventTime.ToUniversalTime() <= until)
            .OrderByDescending(d => d.DecidedAt)
            .ThenByDescending(d => d.Id)
            .Take(MaxRows)
            .Select(d => new
            {
                d.Campaign,
                d.CampaignVersion,
                d.Trigger,
                d.Store,
                EventTime = new DateTimeOffset(d.EventTime.ToUniversalTime(), TimeSpan.Zero),
                DecidedAt = new DateTimeOffset(d.DecidedAt.ToUniversalTime(), TimeSpan.Zero),
                d.Outcome,
                d.Reason,
                d.Detail,
                d.Channels,
                d.Arm,
                d.Reevaluated,
                Until = d.Until is { } u ? new DateTimeOffset(u.ToUniversalTime(), TimeSpan.Zero) : (DateTimeOffset?)null,
            })
            .ToList();
        return Results.Ok(new { shopper, decisions = rows });
    }
}
