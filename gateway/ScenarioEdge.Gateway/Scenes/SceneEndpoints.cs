using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Scenes;

/// <summary>The scenes API: a shopper's timeline of scene transitions, newest last.</summary>
internal static class SceneEndpoints
{
    public const int MaxLimit = 1000;

    public static IResult Timeline(string id, int? limit, GatewayDatabase database)
    {
        var take = Math.Clamp(limit ?? 100, 1, MaxLimit);
        var records = database.Scenes.Query()
            .Where(s => s.Shopper == id)
            .OrderByDescending(s => s.Id)
            .Limit(take)
            .ToList();
        records.Reverse();
        return TypedResults.Json(new SceneTimelineResponse(id, records.Select(SceneTimelineEntry.Of).ToList()), SceneJsonContext.Default.SceneTimelineResponse);
    }
}
