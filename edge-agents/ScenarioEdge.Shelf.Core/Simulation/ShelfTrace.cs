namespace ScenarioEdge.Shelf.Simulation;

/// <summary>A simulated HX711 trace of one lane with what really happened in it.</summary>
public sealed record ShelfTrace(IReadOnlyList<ShelfTraceSample> Samples, IReadOnlyList<ShelfTruth> Truth, int Disturbances);
