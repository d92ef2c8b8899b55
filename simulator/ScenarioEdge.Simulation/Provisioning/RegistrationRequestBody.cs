using System.Text.Json.Serialization;

namespace ScenarioEdge.Simulation.Provisioning;

/// <summary>What a virtual app sends to <c>POST /api/app/register</c>: the shopper's own consents and profile.</summary>
public sealed record RegistrationRequestBody(
    [property: JsonPropertyName("consents")] List<string> Consents,
    [property: JsonPropertyName("noticeVersion")] string NoticeVersion,
    [property: JsonPropertyName("wearables")] List<string>? Wearables,
    [property: JsonPropertyName("restingHr")] int? RestingHr,
    [property: JsonPropertyName("maxHr")] int? MaxHr);
