using System.Text.Json.Serialization;

namespace ScenarioEdge.Coupons.Documents;

/// <summary>Source-generated JSON metadata for coupon documents (camelCase, absent values left out).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    WriteIndented = true)]
[JsonSerializable(typeof(CouponDocument))]
public sealed partial class CouponJsonContext : JsonSerializerContext;
