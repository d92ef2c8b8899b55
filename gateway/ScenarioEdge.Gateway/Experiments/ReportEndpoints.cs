using System.Globalization;
using System.Text;
using ScenarioEdge.Experiments.Alerts;
using ScenarioEdge.Experiments.Feedback;
using ScenarioEdge.Experiments.Funnel;
using ScenarioEdge.Experiments.Reports;

namespace ScenarioEdge.Gateway.Experiments;

/// <summary>
/// Viewers read a campaign's experiment report (<c>/api/campaigns/{id}/report</c>, JSON or <c>format=csv</c>), its
/// scene feedback report, and the experiment alerts raised.
/// </summary>
public static class ReportEndpoints
{
    internal static void MapExperimentReports(this WebApplication app)
    {
        var api = app.MapGroup("/api").WithTags("Experiments");
        api.MapGet("/campaigns/{id}/report", Report).RequireAuthorization(Api.Policies.Viewer)
            .WithSummary("A campaign's experiment report: funnel per arm, lift against the holdout (or the global control), p-values, sample-ratio checks; from/to (yyyy-MM-dd, store-local exposure days), store, stage (default purchased), format=json|csv")
            .Produces<CampaignReport>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/campaigns/{id}/feedback", Feedback).RequireAuthorization(Api.Policies.Viewer)
            .WithSummary("Scene feedback: among shoppers who opened or clicked, what differs between those who converted and those who did not")
            .Produces<FeedbackReport>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/alerts/experiments", (string? campaign, ExperimentAlertBoard board) =>
                Results.Text(AlertJson.Write(board.List(campaign)), "application/json", Encoding.UTF8))
            .RequireAuthorization(Api.Policies.Viewer)
            .WithSummary("Experiment alerts raised by the daily check (conversion drop, sample-ratio mismatch, delivery or open collapse), oldest first")
            .Produces<List<ExperimentAlert>>();
    }

    private static IResult Report(string id, string? from, string? to, string? store, string? stage, string? format, ExperimentReports reports)
    {
        if (Problem(from, to, stage, format, out var f, out var t, out var s) is { } bad)
        {
            return bad;
        }

        try
        {
            return reports.Build(id, f, t, store, s) switch
            {
                null => Results.Problem(detail: $"no campaign '{id}'", statusCode: StatusCodes.Status404NotFound),
                var r when format is "csv" => Results.Text(ReportCsv.Write(r), "text/csv", Encoding.UTF8),
                var r => Results.Text(ReportJson.Write(r), "application/json", Encoding.UTF8),
            };
        }
        catch (ReportRequestException e)
        {
            return BadRequest(e.Parameter, e.Message);
        }
    }

    private static IResult Feedback(string id, string? from, string? to, string? store, ExperimentReports reports)
    {
        if (Problem(from, to, null, null, out var f, out var t, out _) is { } bad)
        {
            return bad;
        }

        return reports.Feedback(id, f, t, store) is { } r
            ? Results.Text(FeedbackJson.Write(r), "application/json", Encoding.UTF8)
            : Results.Problem(detail: $"no campaign '{id}'", statusCode: StatusCodes.Status404NotFound);
    }

    private static IResult? Problem(string? from, string? to, string? stage, string? format, out DateOnly? f, out DateOnly? t, out FunnelStage s)
    {
        (f, t, s) = (null, null, FunnelStage.Purchased);
        if (!Day(from, out f))
        {
            return BadRequest("from", $"from '{from}': a day as yyyy-MM-dd");
        }

        if (!Day(to, out t))
        {
            return BadRequest("to", $"to '{to}': a day as yyyy-MM-dd");
        }

        if (f > t)
        {
            return BadRequest("from", $"from {from} is after to {to}");
        }

        if (stage is not null && (!Enum.TryParse(stage, ignoreCase: true, out s) || !Enum.IsDefined(s) || char.IsDigit(stage[0])))
        {
            return BadRequest("stage", $"stage '{stage}': one of {string.Join(", ", Enum.GetNames<FunnelStage>().Select(n => char.ToLowerInvariant(n[0]) + n[1..]))}");
        }

        return format is null or "json" or "csv" ? null : BadRequest("format", $"format '{format}': json or csv");
    }

    private static bool Day(string? text, out DateOnly? day)
    {
        day = null;
        if (text is null)
        {
            return true;
        }

        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            return false;
        }

        day = d;
        return true;
    }

    private static IResult BadRequest(string parameter, string detail) =>
        Results.Problem(detail: detail, statusCode: StatusCodes.Status400BadRequest, extensions: new Dictionary<string, object?> { ["parameter"] = parameter });
}
