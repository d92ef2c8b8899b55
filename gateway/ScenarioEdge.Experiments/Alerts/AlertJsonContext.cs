using System.Text.Json.Serialization;
using ScenarioEdge.Experiments.Reports;

namespace ScenarioEdge.Experiments.Alerts;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    Converters = [typeof(NonFiniteAsNullConverter), typeof(CamelCaseEnumConverter<AlertKind>)])]
[JsonSerializable(typeof(IReadOnlyList<ExperimentAlert>))]
[JsonSerializable(typeof(ExperimentAlert))]
internal sealed partial class AlertJsonContext : JsonSerializerContext;
