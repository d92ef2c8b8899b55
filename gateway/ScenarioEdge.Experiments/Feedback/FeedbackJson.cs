using System.Text.Json;

namespace ScenarioEdge.Experiments.Feedback;

/// <summary>The feedback report as JSON, with the reports' conventions.</summary>
public static class FeedbackJson
{
    public static string Write(FeedbackReport report) => JsonSerializer.Serialize(report, FeedbackJsonContext.Default.FeedbackReport);
}
