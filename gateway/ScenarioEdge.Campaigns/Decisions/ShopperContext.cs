using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.Campaigns.Decisions;

/// <summary>Where a shopper is now, as the host knows it when a deferred or queued message is about to go out.</summary>
public readonly record struct ShopperContext(string? Store, string? Visit, string? Zone, SceneState Scene);
