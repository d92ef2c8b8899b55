using System.Text.Json.Serialization;
using ScenarioEdge.Experiments.Funnel;
using ScenarioEdge.Experiments.Statistics;

namespace ScenarioEdge.Experiments.Reports;

/// <summary>
/// The reports' JSON: source-generated, camelCase names, enums as camelCase strings, NaN and infinities as null.
/// The names are the API's contract; renaming a report property is a breaking change.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    Converters = [typeof(NonFiniteAsNullConverter), typeof(CamelCaseEnumConverter<FunnelStage>), typeof(CamelCaseEnumConverter<Verdict>)])]
[JsonSerializable(typeof(CampaignReport))]
public sealed partial class ReportJsonContext : JsonSerializerContext;
