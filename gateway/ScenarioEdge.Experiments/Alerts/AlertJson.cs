using System.Text.Json;

namespace ScenarioEdge.Experiments.Alerts;

/// <summary>Alert records as JSON, with the reports' conventions (camelCase, enums as strings, NaN as null).</summary>
public static class AlertJson
{
    public static string Write(IReadOnlyList<ExperimentAlert> alerts) => JsonSerializer.Serialize(alerts, AlertJsonContext.Default.IReadOnlyListExperimentAlert);

    public static string Write(ExperimentAlert alert) => JsonSerializer.Serialize(alert, AlertJsonContext.Default.ExperimentAlert);
}
