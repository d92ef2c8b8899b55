namespace ScenarioEdge.Shelf.Simulation;

/// <summary>One HX711 reading: time since the trace start in milliseconds and the raw counts.</summary>
public readonly record struct ShelfTraceSample(long TMs, int Raw);
