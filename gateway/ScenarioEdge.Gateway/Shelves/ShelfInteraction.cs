namespace ScenarioEdge.Gateway.Shelves;

/// <summary>An interaction at lane <paramref name="Lane"/> of shelf <paramref name="Device"/>, at event time <paramref name="At"/>.</summary>
public sealed record ShelfInteraction(ShelfInteractionKind Kind, string Store, string Device, string Lane, string Sku, DateTimeOffset At);
