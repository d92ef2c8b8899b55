using ScenarioEdge.Campaigns.Loading;
using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Campaigns.Management;

/// <summary>HTTP answers of the campaign API: the campaign with its version as ETag, or a problem naming every problem.</summary>
internal static class CampaignResults
{
    public static IResult Of(CampaignOutcome outcome, HttpContext context, GatewayDatabase db) => outcome.Kind switch
    {
        CampaignOutcomeKind.Created => WithETag(context, outcome.Campaign!, Results.Created($"/api/campaigns/{outcome.Campaign!.Id}", Detail(outcome.Campaign, db))),
        CampaignOutcomeKind.Done or CampaignOutcomeKind.Unchanged => WithETag(context, outcome.Campaign!, Results.Ok(Detail(outcome.Campaign!, db))),
        CampaignOutcomeKind.NotFound => Results.Problem(detail: outcome.Detail, statusCode: StatusCodes.Status404NotFound),
        CampaignOutcomeKind.Conflict => Results.Problem(title: "Conflict", detail: outcome.Detail, statusCode: StatusCodes.Status409Conflict,
            extensions: outcome.Campaign is { } c ? new Dictionary<string, object?> { ["currentVersion"] = c.Version, ["state"] = CampaignStore.Name(c.State) } : null),
        _ => Problems(StatusCodes.Status400BadRequest, outcome.Problems ?? []),
    };

    /// <summary>400 (or 413) listing every problem with its path and, for YAML, its line; the document was refused whole.</summary>
    public static IResult Problems(int status, IReadOnlyList<CampaignProblem> problems, string title = "Invalid campaign", string what = "document") =>
        Results.Problem(
            title: title,
            detail: $"{problems.Count} problem{(problems.Count == 1 ? "" : "s")}; the {what} was refused whole and nothing changed: " + string.Join("; ", problems.Take(5)),
            statusCode: status,
            extensions: new Dictionary<string, object?> { ["problems"] = problems.Select(p => new { path = p.Path, line = p.Line, message = p.Message }).ToList() });

    public static CampaignSummary Detail(CampaignRecord record, GatewayDatabase db) =>
        CampaignSummary.Of(record, db.CampaignVersions.FindById(CampaignVersionRecord.KeyOf(record.Id, record.Version))?.Json);

    public static IResult WithETag(HttpContext context, CampaignRecord record, IResult result)
    {
        context.Response.Headers.ETag = $"\"{record.Version}\"";
        return result;
    }
}
