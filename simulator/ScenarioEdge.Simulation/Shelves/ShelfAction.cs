using ScenarioEdge.Provisioning;
using ScenarioEdge.Simulation.Scenarios;

namespace ScenarioEdge.Simulation.Shelves;

/// <summary>A journey's shelf action resolved to the lane it touches.</summary>
public sealed record ShelfAction(double At, string Shopper, ShelfSpec Shelf, ShelfLaneSpec Lane, ShelfActionKind Kind, int Count);
