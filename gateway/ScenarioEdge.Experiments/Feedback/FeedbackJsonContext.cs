using System.Text.Json.Serialization;
using ScenarioEdge.Experiments.Reports;

namespace ScenarioEdge.Experiments.Feedback;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true, Converters = [typeof(NonFiniteAsNullConverter)])]
[JsonSerializable(typeof(FeedbackReport))]
internal sealed partial class FeedbackJsonContext : JsonSerializerContext;
