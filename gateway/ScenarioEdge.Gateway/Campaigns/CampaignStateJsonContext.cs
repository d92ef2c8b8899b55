using System.Text.Json.Serialization;
using ScenarioEdge.Campaigns.Decisions;
using ScenarioEdge.Campaigns.Limits;

namespace ScenarioEdge.Gateway.Campaigns;

/// <summary>
/// JSON of the engine's state as the gateway keeps it in LiteDB: limit snapshots, deferred decisions and triggers left undecided at a stop. Unknown
/// numbers of a trigger are NaN, so named floating-point literals are allowed.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ShopperLimitSnapshot))]
[JsonSerializable(typeof(DeferredDecision))]
[JsonSerializable(typeof(List<ScenarioEdge.Campaigns.Triggers.TriggerFact>))]
internal sealed partial class CampaignStateJsonContext : JsonSerializerContext;
