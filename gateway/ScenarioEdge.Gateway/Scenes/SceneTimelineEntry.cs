using ScenarioEdge.Gateway.Storage;

namespace ScenarioEdge.Gateway.Scenes;

/// <summary>One transition of a shopper's scene timeline, as the API returns it.</summary>
public sealed record SceneTimelineEntry(
    DateTimeOffset At, string Kind, string State, string Previous, string? Store, string? Zone, bool Dwelling, string? Shelf, double Confidence, IReadOnlyList<string> Reasons)
{
    internal static SceneTimelineEntry Of(SceneRecord r) => new(
        new DateTimeOffset(DateTime.SpecifyKind(r.At, DateTimeKind.Utc)), r.Kind, r.State, r.Previous, r.Store, r.Zone, r.Dwelling, r.Shelf, r.Confidence, r.Reasons);
}
