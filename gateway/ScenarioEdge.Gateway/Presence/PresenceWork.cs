namespace ScenarioEdge.Gateway.Presence;

/// <summary>One unit of work for a presence partition: a sighting of a resolved shopper, or an event-time tick of a store.</summary>
internal readonly record struct PresenceWork(
    bool IsTick,
    string Store,
    string? Shopper,
    string? Zone,
    double Rssi,
    DateTimeOffset At,
    long Arrival);
