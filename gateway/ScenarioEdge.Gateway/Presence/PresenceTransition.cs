namespace ScenarioEdge.Gateway.Presence;

/// <summary>A change in a shopper's presence, at an event time, with the evidence behind it.</summary>
/// <param name="ArrivalTimestamp">TimeProvider timestamp of the message that caused it, for latency measurement (0 for absence decisions).</param>
public sealed record PresenceTransition(
    PresenceTransitionKind Kind,
    string Store,
    string Shopper,
    string? Zone,
    string? PreviousZone,
    DateTimeOffset At,
    string Reason,
    long ArrivalTimestamp);
