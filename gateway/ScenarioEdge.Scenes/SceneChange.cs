using ScenarioEdge.Protocol.Messages;

namespace ScenarioEdge.Scenes;

/// <summary>A change of one shopper's scene at an event time, with the evidence behind it. Allocated only on a change.</summary>
/// <param name="Arrival">TimeProvider timestamp of the message that caused it (0 for decisions on absence).</param>
public sealed record SceneChange(
    SceneChangeKind Kind,
    string Shopper,
    string? Store,
    SceneState State,
    SceneState Previous,
    string? Zone,
    string? PreviousZone,
    bool Dwelling,
    string? Shelf,
    double Confidence,
    IReadOnlyList<string> Reasons,
    DateTimeOffset At,
    long Arrival);
