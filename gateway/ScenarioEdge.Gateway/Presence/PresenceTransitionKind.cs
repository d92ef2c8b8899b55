namespace ScenarioEdge.Gateway.Presence;

/// <summary>What changed in a shopper's presence.</summary>
public enum PresenceTransitionKind
{
    /// <summary>Entered the store, in a zone.</summary>
    Entered,
    /// <summary>Moved to another zone.</summary>
    ZoneChanged,
    /// <summary>Left the store (no evidence for the leave period).</summary>
    Left,
}
