using System.Text.Json.Serialization;

namespace ScenarioEdge.EdgeAgent.Display;

/// <summary>What a kiosk page shows right now.</summary>
internal sealed record DisplayView(
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("price")] string? Price,
    [property: JsonPropertyName("promotion")] string? Promotion,
    [property: JsonPropertyName("qr")] string? Qr,
    [property: JsonPropertyName("isDefault")] bool IsDefault);

[JsonSerializable(typeof(DisplayView))]
internal sealed partial class DisplayJsonContext : JsonSerializerContext;
