namespace ScenarioEdge.Gateway.Scenes;

/// <summary>One unit of work for a scene partition: a signal, an event-time tick of a store, an erasure, or a shelf event.</summary>
internal readonly record struct SceneWork(SceneWorkKind Kind, SceneSignal Signal, string? Store, long Watermark, string? Shopper, ShelfTouch? Touch = null);
