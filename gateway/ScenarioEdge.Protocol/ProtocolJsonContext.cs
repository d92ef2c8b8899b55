using System.Text.Json.Serialization;
using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.Protocol;

/// <summary>Source-generated System.Text.Json metadata for every message of the protocol.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true,
    AllowOutOfOrderMetadataProperties = true,
    NumberHandling = JsonNumberHandling.Strict,
    Converters = [typeof(EventTimeConverter)])]
[JsonSerializable(typeof(SightingsBatch))]
[JsonSerializable(typeof(ShelfEvent))]
[JsonSerializable(typeof(WearableSample))]
[JsonSerializable(typeof(DeviceStatus))]
[JsonSerializable(typeof(DeviceConfig))]
[JsonSerializable(typeof(DisplayContent))]
[JsonSerializable(typeof(AppActivity))]
[JsonSerializable(typeof(AppFeedback))]
[JsonSerializable(typeof(AppPush))]
[JsonSerializable(typeof(SceneTransition))]
[JsonSerializable(typeof(Purchase))]
[JsonSerializable(typeof(PosRedemption))]
[JsonSerializable(typeof(RedemptionResult))]
public sealed partial class ProtocolJsonContext : JsonSerializerContext;
