using System.Text.Json;

namespace ScenarioEdge.Experiments.Reports;

/// <summary>A report as JSON (see <see cref="ReportJsonContext"/> for the conventions).</summary>
public static class ReportJson
{
    public static string Write(CampaignReport report) => JsonSerializer.Serialize(report, ReportJsonContext.Default.CampaignReport);

    public static void Write(Stream stream, CampaignReport report) => JsonSerializer.Serialize(stream, report, ReportJsonContext.Default.CampaignReport);
}
