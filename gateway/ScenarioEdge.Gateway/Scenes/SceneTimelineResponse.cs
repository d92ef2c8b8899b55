namespace ScenarioEdge.Gateway.Scenes;

/// <summary>Body of <c>GET /api/shoppers/{id}/scenes</c>.</summary>
public sealed record SceneTimelineResponse(string Shopper, IReadOnlyList<SceneTimelineEntry> Scenes);
