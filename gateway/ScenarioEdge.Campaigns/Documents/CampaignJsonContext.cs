using System.Text.Json.Serialization;

namespace ScenarioEdge.Campaigns.Documents;

/// <summary>Source-generated JSON metadata for campaign documents (camelCase, absent values left out).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    WriteIndented = true)]
[JsonSerializable(typeof(CampaignDocument))]
public sealed partial class CampaignJsonContext : JsonSerializerContext;
