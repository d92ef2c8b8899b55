namespace ScenarioEdge.Gateway.Purchases;

/// <summary>What recording a purchase did.</summary>
public enum PurchaseWrite
{
    /// <summary>Recorded now, for the first time.</summary>
    Recorded,
    /// <summary>The receipt was recorded before with the same content: nothing changed.</summary>
    Replayed,
    /// <summary>The receipt was recorded before with another content: refused, nothing changed.</summary>
    Conflict,
}
