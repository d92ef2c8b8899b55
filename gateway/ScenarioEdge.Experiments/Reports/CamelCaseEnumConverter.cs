using System.Text.Json;
using System.Text.Json.Serialization;

namespace ScenarioEdge.Experiments.Reports;

/// <summary>Enums as camelCase names (<c>purchased</c>, <c>tooLittleData</c>): stable for readers, unlike numbers.</summary>
public sealed class CamelCaseEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    where TEnum : struct, Enum;
