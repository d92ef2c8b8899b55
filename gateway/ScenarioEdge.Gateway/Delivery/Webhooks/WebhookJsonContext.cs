using System.Text.Json.Serialization;

namespace ScenarioEdge.Gateway.Delivery.Webhooks;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(WebhookPush))]
internal sealed partial class WebhookJsonContext : JsonSerializerContext;
